package com.ophos.registrar.registry.spi;

import java.util.Optional;

/** Query a name's registry state; the auth code lets a non-sponsor read a foreign name. */
public record DomainInfoQuery(String name, Optional<String> authInfo) {
    public DomainInfoQuery {
        authInfo = authInfo == null ? Optional.empty() : authInfo;
    }

    public static DomainInfoQuery of(String name) {
        return new DomainInfoQuery(name, Optional.empty());
    }

    @Override
    public String toString() {
        return "DomainInfoQuery[name=" + name + "]";
    }
}
