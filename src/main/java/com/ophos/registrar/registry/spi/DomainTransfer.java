package com.ophos.registrar.registry.spi;

import java.util.Optional;

/** EPP transfer operations on a name; {@code authInfo} is required to request a transfer in. */
public record DomainTransfer(String name, Op op, Optional<Integer> years, Optional<String> authInfo,
                             String clTRID) {
    public enum Op { REQUEST, QUERY, APPROVE, REJECT, CANCEL }

    public DomainTransfer {
        years = years == null ? Optional.empty() : years;
        authInfo = authInfo == null ? Optional.empty() : authInfo;
    }

    @Override
    public String toString() {
        return "DomainTransfer[name=" + name + ", op=" + op + ", clTRID=" + clTRID + "]";
    }
}
