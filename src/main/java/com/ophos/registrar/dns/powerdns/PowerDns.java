package com.ophos.registrar.dns.powerdns;

import com.ophos.registrar.dns.DnsConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ProcessingException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The PowerDNS API for the gateway's configured server: absent objects come back as empty
 * {@link Optional}s, and no answer at all (connection refused, timeout) as
 * {@link PowerDnsUnavailableException}, so callers see only {@link PowerDnsException} subtypes.
 */
@ApplicationScoped
public class PowerDns {
    /** Lists the TSIG keys allowed to send RFC 2136 updates to a zone. */
    public static final String ALLOW_DNSUPDATE = "TSIG-ALLOW-DNSUPDATE";
    /** How PowerDNS changes the SOA serial when an RFC 2136 update lands. */
    public static final String SOA_EDIT_DNSUPDATE = "SOA-EDIT-DNSUPDATE";

    private final PowerDnsApi api;
    private final String server;

    public PowerDns(@RestClient PowerDnsApi api, DnsConfig config) {
        this.api = api;
        this.server = config.serverId();
    }

    public PdnsServer server() {
        return call(() -> api.server(server));
    }

    public List<PdnsZone> zones() {
        return call(() -> api.zones(server));
    }

    public Optional<PdnsZone> zone(String zone) {
        return absentIfNotFound(() -> api.zone(server, zone));
    }

    public PdnsZone createZone(PdnsZone zone) {
        return call(() -> api.createZone(server, zone));
    }

    /** Grants AXFR of the zone to exactly these TSIG keys (PowerDNS's TSIG-ALLOW-AXFR). */
    public void setAxfrKeys(String zone, List<String> keyIds) {
        PdnsZone properties = new PdnsZone(null, null, null, null, null, List.copyOf(keyIds), null, null);
        call(() -> {
            api.updateZone(server, zone, properties);
            return null;
        });
    }

    /** Deletes the zone; {@code false} when it was already gone. */
    public boolean deleteZone(String zone) {
        return absentIfNotFound(() -> {
            api.deleteZone(server, zone);
            return Boolean.TRUE;
        }).isPresent();
    }

    public List<String> metadata(String zone, String kind) {
        return absentIfNotFound(() -> api.metadata(server, zone, kind))
                .map(PdnsMetadata::metadata)
                .orElse(List.of());
    }

    public void putMetadata(String zone, String kind, List<String> values) {
        call(() -> api.putMetadata(server, zone, kind, new PdnsMetadata(kind, values)));
    }

    public Optional<PdnsTsigKey> tsigKey(String keyId) {
        return absentIfNotFound(() -> api.tsigKey(server, keyId));
    }

    public PdnsTsigKey createTsigKey(String name, String algorithm) {
        return call(() -> api.createTsigKey(server, PdnsTsigKey.generate(name, algorithm)));
    }

    /** Deletes the key; {@code false} when it was already gone. */
    public boolean deleteTsigKey(String keyId) {
        return absentIfNotFound(() -> {
            api.deleteTsigKey(server, keyId);
            return Boolean.TRUE;
        }).isPresent();
    }

    private static <T> Optional<T> absentIfNotFound(Supplier<T> request) {
        try {
            return Optional.ofNullable(call(request));
        } catch (PowerDnsNotFoundException absent) {
            return Optional.empty();
        }
    }

    private static <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (PowerDnsException typed) {
            throw typed;
        } catch (ProcessingException noAnswer) {
            if (noAnswer.getCause() instanceof PowerDnsException typed) {
                throw typed;
            }
            throw new PowerDnsUnavailableException("PowerDNS API did not answer: " + rootMessage(noAnswer), noAnswer);
        }
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : " " + root.getMessage());
    }
}
