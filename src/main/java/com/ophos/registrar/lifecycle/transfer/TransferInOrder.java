package com.ophos.registrar.lifecycle.transfer;

import java.util.List;
import java.util.Optional;

/**
 * A customer brings a name from another registrar: its auth code, how many years the transfer adds,
 * and the customer's contacts the gateway records for it.
 */
public record TransferInOrder(long customerId, String name, String authCode, int years, long holder,
                              Optional<Long> admin, List<Long> tech) {
    public TransferInOrder {
        tech = List.copyOf(tech);
        admin = admin == null ? Optional.empty() : admin;
    }

    @Override
    public String toString() {
        return "TransferInOrder[customerId=" + customerId + ", name=" + name + ", years=" + years + "]";
    }
}
