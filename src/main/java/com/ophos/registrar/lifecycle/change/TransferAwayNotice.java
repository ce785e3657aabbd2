package com.ophos.registrar.lifecycle.change;

import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.dispute.DisputeFreeze;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A registry's transfer notice about a name we sponsor (RFC 5731 trnData in a poll message, no clTRID
 * of ours). The registry's view decides, never the notice alone:
 * <ul>
 *   <li>another registrar sponsors the name now (the registry approved it at the deadline, or it was
 *       approved outside the gateway): the name has left us, so it leaves our table — otherwise
 *       renewals and reconciliations would go on acting on a name we no longer hold — and the audit
 *       records where it went;</li>
 *   <li>still ours: its statuses are refreshed, so a pending request shows and can be answered.</li>
 * </ul>
 * A name in a dispute (R3) or moving between our own accounts (R24) is left to the flow that owns it.
 */
@ApplicationScoped
public class TransferAwayNotice {
    private static final String ACTOR = "registry-poll";

    private final RegistryRouter router;
    private final DisputeFreeze freeze;
    private final AuditLog audit;
    private final Clock clock;
    private final Duration registryTimeout;

    public TransferAwayNotice(RegistryRouter router, DisputeFreeze freeze, AuditLog audit, Clock clock,
                              @ConfigProperty(name = "registrar.api.registry-timeout", defaultValue = "PT60S")
                              Duration registryTimeout) {
        this.router = router;
        this.freeze = freeze;
        this.audit = audit;
        this.clock = clock;
        this.registryTimeout = registryTimeout;
    }

    /** Empty when the name is not ours at that registry account: the notice is then only stored. */
    public Optional<String> run(String registryId, String name) {
        Optional<Long> domainId = QuarkusTransaction.requiringNew().call(() -> Domain.byName(name)
                .filter(d -> registryId.equals(d.registryId)).map(d -> d.id));
        if (domainId.isEmpty()) {
            return Optional.empty();
        }
        if (QuarkusTransaction.requiringNew().call(() -> freeze.isFrozen(name))) {
            return Optional.of("transfer notice for " + name + ": frozen by a dispute (R3), left to the case");
        }
        RegistryAdapter registry = router.byId(registryId).orElseThrow();
        DomainInfo info;
        try {
            info = registry.infoDomain(DomainInfoQuery.of(name)).await().atMost(registryTimeout);
        } catch (RegistryException e) {
            if (e.outcome() != Outcome.OBJECT_DOES_NOT_EXIST) {
                throw e;
            }
            // Not a transfer's doing: the reconciliation run reports the missing name as a drift.
            return Optional.of("notice for " + name + ": the registry no longer knows the name (2303)");
        }
        if (info.ours()) {
            refreshStatuses(domainId.get(), info);
            return Optional.of("transfer notice for " + name + ": still ours, statuses " + info.statuses());
        }
        if (router.isOurAccount(registryId, info.sponsor())) {
            return Optional.of("transfer notice for " + name + ": moved to our account " + info.sponsor()
                    + " (R24), left to the account move");
        }
        leftUs(domainId.get(), registryId, info.sponsor());
        return Optional.of("transfer notice for " + name + ": transferred away to " + info.sponsor());
    }

    private void refreshStatuses(long domainId, DomainInfo info) {
        QuarkusTransaction.requiringNew().run(() -> {
            Domain domain = Domain.findById(domainId);
            if (domain != null) {
                domain.statuses = new TreeSet<>(info.statuses());
                domain.updatedAt = Instant.now(clock);
            }
        });
    }

    private void leftUs(long domainId, String registryId, String gainingRegistrar) {
        QuarkusTransaction.requiringNew().run(() -> {
            Domain domain = Domain.findById(domainId);
            if (domain == null) {
                return;
            }
            audit.record(ACTOR, "domain.transferred-away", "domain:" + domain.name,
                    Map.of("registry", registryId, "gainingRegistrar", String.valueOf(gainingRegistrar),
                            "customer", String.valueOf(domain.customerId), "expiresAt", String.valueOf(domain.expiresAt)));
            domain.delete();
        });
    }
}
