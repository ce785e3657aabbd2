package com.ophos.registrar.epp.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The server greeting (RFC 5730 section 2.4). */
public record Greeting(String serverId, Instant serverDate, List<String> versions, List<String> languages,
                       List<String> objectUris, List<String> extensionUris, Optional<Dcp> dcp)
        implements EppInbound {

    public Greeting {
        versions = List.copyOf(versions);
        languages = List.copyOf(languages);
        objectUris = List.copyOf(objectUris);
        extensionUris = List.copyOf(extensionUris);
        dcp = dcp == null ? Optional.empty() : dcp;
    }

    /** Data collection policy, the basics: access and the statements' purposes/recipients/retention. */
    public record Dcp(String access, List<DcpStatement> statements, Optional<String> expiry) {
        public Dcp {
            statements = List.copyOf(statements);
            expiry = expiry == null ? Optional.empty() : expiry;
        }
    }

    public record DcpStatement(Set<String> purposes, Set<String> recipients, String retention) {
        public DcpStatement {
            purposes = Set.copyOf(purposes);
            recipients = Set.copyOf(recipients);
        }
    }

    /** The fee namespace the server offers, RFC 8748's preferred over the draft's. */
    public Optional<String> feeNamespace() {
        if (extensionUris.contains(EppNamespaces.FEE)) {
            return Optional.of(EppNamespaces.FEE);
        }
        if (extensionUris.contains(EppNamespaces.FEE_DRAFT)) {
            return Optional.of(EppNamespaces.FEE_DRAFT);
        }
        return Optional.empty();
    }
}
