package com.ophos.registrar.api;

import com.ophos.registrar.lifecycle.transfer.TransferInOrder;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;

/**
 * {@code POST /api/v1/domains/transfers}: a name from another registrar, with its auth code; the
 * contacts are the customer's own (gateway ids), the holder checked against the registry's rules (R1).
 */
public record TransferInJson(@NotNull Long customerId,
                             @NotBlank @Size(max = 1024) String name,
                             @NotBlank @Size(max = 64) String authCode,
                             @Min(1) @Max(10) Integer years,
                             @NotNull Long holder,
                             Long admin,
                             @Size(max = 10) List<@NotNull Long> tech) {

    TransferInOrder toOrder() {
        return new TransferInOrder(customerId, name, authCode, years == null ? 1 : years, holder,
                Optional.ofNullable(admin), tech == null ? List.of() : tech);
    }

    @Override
    public String toString() {
        return "TransferInJson[customerId=" + customerId + ", name=" + name + "]";
    }
}
