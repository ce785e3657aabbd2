package com.ophos.registrar.api;

import com.ophos.registrar.lifecycle.DomainOrder;
import com.ophos.registrar.lifecycle.model.Domain;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Domain shapes of API v1 (field names fixed by issue 3). */
public final class DomainJson {
    private DomainJson() {
    }

    /** Contact ids are the gateway's ({@code POST /api/v1/contacts}); years are checked against the registry. */
    public record Request(@NotNull Long customerId,
                         @NotBlank @Size(max = 1024) String name,
                         @NotNull @Min(1) Integer years,
                         @NotNull Long holder,
                         Long admin,
                         @Size(max = 10) List<@NotNull Long> tech,
                         @Size(max = 13) List<@NotBlank @Size(max = 253) String> nameservers,
                         Long contractId) {

        DomainOrder toOrder() {
            return new DomainOrder(customerId, name, years, holder, Optional.ofNullable(admin),
                    tech == null ? List.of() : tech, nameservers == null ? List.of() : nameservers,
                    Optional.ofNullable(contractId));
        }
    }

    public record View(String name, String unicodeName, String registry, List<String> status, Instant expiresAt,
                       long holder, Long admin, List<Long> tech, List<String> nameservers, long customerId,
                       Long contractId, Instant createdAt, Instant updatedAt) {
        static View of(Domain d) {
            return new View(d.name, d.unicodeName, d.registryId, List.copyOf(d.statuses), d.expiresAt,
                    d.holderContactId, d.adminContactId, List.copyOf(d.techContactIds), List.copyOf(d.nameservers),
                    d.customerId, d.contractId, d.createdAt, d.updatedAt);
        }
    }

    public record Page(List<View> items, int page, int size, long total) {
    }
}
