package com.ophos.registrar.registry.spi;

import java.util.Optional;

/**
 * EPP transfer operations on a name; {@code authInfo} is required to request a transfer in.
 * {@code expectedFee} is the price quoted for a request (all years): registries with a fee extension
 * receive it so that a different price fails the command instead of surprising the customer.
 */
public record DomainTransfer(String name, Op op, Optional<Integer> years, Optional<String> authInfo,
                             Optional<Fee> expectedFee, String clTRID) {
    public enum Op { REQUEST, QUERY, APPROVE, REJECT, CANCEL }

    public DomainTransfer {
        years = years == null ? Optional.empty() : years;
        authInfo = authInfo == null ? Optional.empty() : authInfo;
        expectedFee = expectedFee == null ? Optional.empty() : expectedFee;
    }

    /** Without a quoted fee: answers, queries, and requests to registries that price by tariff only. */
    public DomainTransfer(String name, Op op, Optional<Integer> years, Optional<String> authInfo, String clTRID) {
        this(name, op, years, authInfo, Optional.empty(), clTRID);
    }

    @Override
    public String toString() {
        return "DomainTransfer[name=" + name + ", op=" + op + ", clTRID=" + clTRID + "]";
    }
}
