package com.ophos.registrar.lifecycle.change;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.dispute.DisputeFreeze;
import com.ophos.registrar.lifecycle.NameserverCountException;
import com.ophos.registrar.lifecycle.SettlingAttempts;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.lifecycle.name.InvalidDomainNameException;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DsData;
import com.ophos.registrar.registry.spi.Glue;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * PATCH of a name: nameservers, client statuses, DS records. Everything is checked before the
 * journal entry exists, so a refused request sends nothing: the name is ours and not frozen (R3),
 * statuses are client statuses, host names and DS fields are well formed, the nameserver count is the
 * registry's. The change is computed against the registry's current view (info), journalled, then
 * driven by {@link UpdateDomain} until the registry's answer is known.
 */
@ApplicationScoped
public class PatchDomain {
    /** RFC 5731 statuses a registrar may set or clear; the others belong to the registry. */
    static final Set<String> CLIENT_STATUSES = Set.of("clientHold", "clientDeleteProhibited",
            "clientRenewProhibited", "clientTransferProhibited", "clientUpdateProhibited");
    /** RFC 4034 / 4509 / 6605 digest lengths in hex characters, by digest type. */
    private static final Map<Integer, Integer> DIGEST_HEX_LENGTHS = Map.of(1, 40, 2, 64, 4, 96);

    private final UpdateDomain updateDomain;
    private final RegistryRouter router;
    private final OperationJournal journal;
    private final DisputeFreeze freeze;
    private final SettlingAttempts attempts;
    private final Duration registryTimeout;

    public PatchDomain(UpdateDomain updateDomain, RegistryRouter router, OperationJournal journal,
                       DisputeFreeze freeze, SettlingAttempts attempts,
                       @ConfigProperty(name = "registrar.runs.registry-timeout", defaultValue = "PT60S")
                       Duration registryTimeout) {
        this.updateDomain = updateDomain;
        this.router = router;
        this.journal = journal;
        this.freeze = freeze;
        this.attempts = attempts;
        this.registryTimeout = registryTimeout;
    }

    /**
     * Refusals of the request are thrown here; the future follows the registry's part.
     *
     * @param requestHash what tells this request from another under the same key
     */
    public CompletableFuture<ChangeResult> run(String name, DomainPatch patch, String principal, String idempotencyKey,
                                               String requestHash) {
        String aLabel = DomainName.parse(name).aLabel();
        Optional<Operation> earlier = journal.replay(principal, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            long id = earlier.get().id;
            return attempts.run("update of " + aLabel, () -> updateDomain.attempt(id), ChangeResult::settled);
        }
        Domain domain = QuarkusTransaction.requiringNew().call(() -> Domain.byName(aLabel)
                .orElseThrow(() -> new NotFoundProblem(aLabel + " is not registered through the gateway")));
        if (QuarkusTransaction.requiringNew().call(() -> freeze.isFrozen(aLabel))) {
            throw new DomainFrozenException(aLabel);
        }
        RegistryAdapter registry = router.byId(domain.registryId).orElseThrow();
        List<String> nameservers = patch.nameservers().map(hosts -> requireNameservers(registry.policy(), hosts))
                .orElse(null);
        List<Glue> glue = requireGlue(aLabel, nameservers == null ? List.of() : nameservers, patch.glue());
        requireClientStatuses("statuses.add", patch.addStatuses());
        requireClientStatuses("statuses.remove", patch.removeStatuses());
        requireDisjoint("statuses", patch.addStatuses(), patch.removeStatuses());
        requireDsRecords("ds.add", patch.addDs());
        requireDsRecords("ds.remove", patch.removeDs());
        requireDisjoint("ds", new HashSet<>(patch.addDs()), new HashSet<>(patch.removeDs()));
        if (nameservers == null && patch.addStatuses().isEmpty() && patch.removeStatuses().isEmpty()
                && patch.addDs().isEmpty() && patch.removeDs().isEmpty()) {
            throw new InvalidInputException(List.of("nameservers", "statuses", "ds"), "the request changes nothing");
        }

        DomainInfo current = registry.infoDomain(DomainInfoQuery.of(aLabel)).await().atMost(registryTimeout);
        DomainChangeIntent intent = changeFrom(current, domain.customerId, nameservers, glue, patch);
        return attempts.run("update of " + aLabel, () -> updateDomain.run(Operation.Kind.DOMAIN_UPDATE, principal,
                idempotencyKey, requestHash, registry.registryId(), intent), ChangeResult::settled);
    }

    /** Only what differs from the registry's view is sent: a change already in place is not an error. */
    private static DomainChangeIntent changeFrom(DomainInfo current, Long customerId, List<String> nameservers,
                                                 List<Glue> glue, DomainPatch patch) {
        List<String> hosts = current.nameservers().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
        List<String> addHosts = nameservers == null ? List.of()
                : nameservers.stream().filter(h -> !hosts.contains(h)).toList();
        List<String> removeHosts = nameservers == null ? List.of()
                : hosts.stream().filter(h -> !nameservers.contains(h)).toList();
        Set<String> addStatuses = new HashSet<>(patch.addStatuses());
        addStatuses.removeAll(current.statuses());
        Set<String> removeStatuses = new HashSet<>(patch.removeStatuses());
        removeStatuses.retainAll(current.statuses());
        List<DsData> currentDs = DsRecords.normal(current.dsData());
        List<DsData> addDs = DsRecords.normal(patch.addDs()).stream().filter(ds -> !currentDs.contains(ds)).toList();
        List<DsData> removeDs = DsRecords.normal(patch.removeDs()).stream().filter(currentDs::contains).toList();
        List<Glue> addGlue = glue.stream().filter(g -> addHosts.contains(g.host())).toList();
        return new DomainChangeIntent(current.name(), customerId, addHosts, addGlue, removeHosts, addStatuses,
                removeStatuses, addDs, removeDs, null);
    }

    private static List<String> requireNameservers(RegistryPolicy policy, List<String> nameservers) {
        RegistryPolicy.ContactRules rules = policy.contactRules();
        if (nameservers.size() < rules.minNameservers() || nameservers.size() > rules.maxNameservers()) {
            throw new NameserverCountException(policy.registryId(), nameservers.size(), rules.minNameservers(),
                    rules.maxNameservers());
        }
        List<String> hosts = new ArrayList<>();
        for (int i = 0; i < nameservers.size(); i++) {
            try {
                hosts.add(DomainName.parse(nameservers.get(i)).aLabel());
            } catch (InvalidDomainNameException e) {
                throw new InvalidInputException("nameservers[" + i + "]",
                        "not a valid host name: " + e.reason().explanation());
            }
        }
        if (hosts.stream().distinct().count() < hosts.size()) {
            throw new InvalidInputException("nameservers", "a nameserver is listed twice");
        }
        return hosts;
    }

    /**
     * A nameserver inside the name itself can only be reached through its glue: it needs addresses.
     * One outside has its own zone; addresses given for it would be ignored, so they are refused.
     */
    private static List<Glue> requireGlue(String aLabel, List<String> nameservers, List<Glue> given) {
        List<Glue> glue = new ArrayList<>();
        for (int i = 0; i < nameservers.size(); i++) {
            String host = nameservers.get(i);
            String field = "nameservers[" + i + "].addresses";
            List<String> addresses = given.stream().filter(g -> DomainName.parse(g.host()).aLabel().equals(host))
                    .findFirst().map(Glue::addresses).orElse(List.of());
            boolean inside = host.endsWith("." + aLabel);
            if (inside && addresses.isEmpty()) {
                throw new InvalidInputException(field, host + " lies inside " + aLabel
                        + ": give its IPv4/IPv6 addresses (glue)");
            }
            if (!inside && !addresses.isEmpty()) {
                throw new InvalidInputException(field, "addresses are only for nameservers inside " + aLabel);
            }
            for (int j = 0; j < addresses.size(); j++) {
                if (!IpLiteral.isValid(addresses.get(j))) {
                    throw new InvalidInputException(field + "[" + j + "]", "not an IPv4 or IPv6 address");
                }
            }
            if (addresses.stream().map(IpLiteral::canonical).distinct().count() < addresses.size()) {
                throw new InvalidInputException(field, "an address is listed twice");
            }
            if (inside) {
                glue.add(new Glue(host, addresses.stream().map(IpLiteral::canonical).toList()));
            }
        }
        return glue;
    }

    private static void requireClientStatuses(String field, Set<String> statuses) {
        for (String status : statuses) {
            if (!CLIENT_STATUSES.contains(status)) {
                throw new InvalidInputException(field, status + " is not a status a registrar may set or clear; one of "
                        + new java.util.TreeSet<>(CLIENT_STATUSES));
            }
        }
    }

    private static <T> void requireDisjoint(String field, Set<T> add, Set<T> remove) {
        if (add.stream().anyMatch(remove::contains)) {
            throw new InvalidInputException(field, "the same value is both added and removed");
        }
    }

    /** RFC 4034 fields: 16-bit key tag, 8-bit algorithm, a digest of the length its type has. */
    private static void requireDsRecords(String field, List<DsData> records) {
        for (int i = 0; i < records.size(); i++) {
            DsData ds = records.get(i);
            String at = field + "[" + i + "]";
            if (ds.keyTag() < 0 || ds.keyTag() > 65_535) {
                throw new InvalidInputException(at + ".keyTag", "a key tag is 0-65535");
            }
            if (ds.algorithm() < 1 || ds.algorithm() > 255) {
                throw new InvalidInputException(at + ".algorithm", "a DNSSEC algorithm number is 1-255");
            }
            Integer length = DIGEST_HEX_LENGTHS.get(ds.digestType());
            if (length == null) {
                throw new InvalidInputException(at + ".digestType", "digest type must be 1 (SHA-1), 2 (SHA-256) or "
                        + "4 (SHA-384)");
            }
            if (ds.digest() == null || ds.digest().length() != length || !isHex(ds.digest())) {
                throw new InvalidInputException(at + ".digest", "digest type " + ds.digestType() + " needs " + length
                        + " hexadecimal characters");
            }
        }
    }

    private static boolean isHex(String value) {
        try {
            HexFormat.of().parseHex(value);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
