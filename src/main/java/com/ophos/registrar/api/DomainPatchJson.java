package com.ophos.registrar.api;

import com.ophos.registrar.lifecycle.change.DomainPatch;
import com.ophos.registrar.registry.spi.DsData;
import com.ophos.registrar.registry.spi.Glue;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code PATCH /api/v1/domains/{name}}: {@code nameservers} is the full list wanted (absent =
 * unchanged), a host inside the name itself given with its addresses; statuses and DS records are added and removed. Counts and values are checked against
 * the registry's policy before anything is sent.
 */
public record DomainPatchJson(@Size(max = 13) List<@NotNull @Valid NameserverJson> nameservers,
                              @Valid StatusChanges statuses,
                              @Valid DsChanges ds) {

    /** Client statuses only (RFC 5731 client*): the registry's own statuses are not ours to set. */
    public record StatusChanges(@Size(max = 5) List<@NotBlank @Size(max = 64) String> add,
                                @Size(max = 5) List<@NotBlank @Size(max = 64) String> remove) {
    }

    public record DsChanges(@Size(max = 8) List<@NotNull @Valid Ds> add,
                            @Size(max = 8) List<@NotNull @Valid Ds> remove) {
    }

    /** RFC 4034 DS rdata: key tag, algorithm, digest type, digest in hex. */
    public record Ds(@NotNull Integer keyTag, @NotNull Integer algorithm, @NotNull Integer digestType,
                     @NotBlank @Size(max = 128) String digest) {
        DsData toDsData() {
            return new DsData(keyTag, algorithm, digestType, digest);
        }
    }

    DomainPatch toPatch() {
        return new DomainPatch(Optional.ofNullable(nameservers).map(hosts -> hosts.stream().map(NameserverJson::name)
                        .toList()),
                nameservers == null ? List.of() : nameservers.stream().filter(ns -> !ns.addresses().isEmpty())
                        .map(ns -> new Glue(ns.name(), ns.addresses())).toList(),
                statuses == null || statuses.add() == null ? java.util.Set.of() : new LinkedHashSet<>(statuses.add()),
                statuses == null || statuses.remove() == null ? java.util.Set.of()
                        : new LinkedHashSet<>(statuses.remove()),
                ds == null || ds.add() == null ? List.of() : ds.add().stream().map(Ds::toDsData).toList(),
                ds == null || ds.remove() == null ? List.of() : ds.remove().stream().map(Ds::toDsData).toList());
    }
}
