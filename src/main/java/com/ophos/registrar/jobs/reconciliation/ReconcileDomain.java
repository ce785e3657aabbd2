package com.ophos.registrar.jobs.reconciliation;

import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.jobs.ItemResult;
import com.ophos.registrar.jobs.RunMetrics;
import com.ophos.registrar.jobs.RunsConfig;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares one of our domains with what its registry holds (expiry, statuses, sponsoring registrar)
 * and records each difference as an audit event and a metric. Nothing is corrected here: a drift is
 * for support to look at, since either side may be the wrong one.
 */
@ApplicationScoped
public class ReconcileDomain {
    private static final String ACTOR = "scheduler";

    /** One field that differs. */
    public record Drift(String field, String ours, String registry) {
    }

    private final RegistryRouter router;
    private final AuditLog audit;
    private final RunMetrics metrics;
    private final RunsConfig config;

    ReconcileDomain(RegistryRouter router, AuditLog audit, RunMetrics metrics, RunsConfig config) {
        this.router = router;
        this.audit = audit;
        this.metrics = metrics;
        this.config = config;
    }

    public ItemResult run(long domainId) {
        Domain domain = QuarkusTransaction.requiringNew().call(() -> Domain.<Domain>findById(domainId));
        if (domain == null) {
            return ItemResult.skipped("domain " + domainId + " no longer ours");
        }
        List<Drift> drifts;
        try {
            DomainInfo info = router.byId(domain.registryId).orElseThrow()
                    .infoDomain(DomainInfoQuery.of(domain.name)).await().atMost(config.registryTimeout());
            drifts = compare(domain, info);
        } catch (RegistryException e) {
            if (e.outcome() != Outcome.OBJECT_DOES_NOT_EXIST) {
                throw e;
            }
            drifts = List.of(new Drift("existence", "registered", "does not exist (2303)"));
        }
        if (drifts.isEmpty()) {
            return ItemResult.done("in step with " + domain.registryId);
        }
        List<Drift> found = drifts;
        QuarkusTransaction.requiringNew().run(() -> found.forEach(drift -> audit.record(ACTOR, "domain.drift",
                "domain:" + domain.name, Map.of("registry", domain.registryId, "field", drift.field(),
                        "ours", drift.ours(), "registryValue", drift.registry()))));
        found.forEach(drift -> metrics.drift(domain.registryId, drift.field()));
        return ItemResult.done("drift: " + found.stream().map(d -> d.field() + " ours=" + d.ours() + " registry="
                + d.registry()).toList());
    }

    static List<Drift> compare(Domain ours, DomainInfo registry) {
        List<Drift> drifts = new ArrayList<>();
        String registryExpiry = registry.expiresAt().map(Object::toString).orElse("none");
        String ourExpiry = Objects.toString(ours.expiresAt, "none");
        if (!registryExpiry.equals(ourExpiry)) {
            drifts.add(new Drift("expiry", ourExpiry, registryExpiry));
        }
        Set<String> ourStatuses = new TreeSet<>(ours.statuses);
        Set<String> registryStatuses = new TreeSet<>(registry.statuses());
        if (!ourStatuses.equals(registryStatuses)) {
            drifts.add(new Drift("statuses", ourStatuses.toString(), registryStatuses.toString()));
        }
        if (!registry.ours()) {
            drifts.add(new Drift("sponsor", "us", registry.sponsor()));
        }
        return drifts;
    }
}
