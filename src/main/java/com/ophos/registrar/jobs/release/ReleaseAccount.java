package com.ophos.registrar.jobs.release;

import com.ophos.registrar.dispute.DisputeFreeze;
import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.dns.ZoneArchive;
import com.ophos.registrar.dns.ZoneRelease;
import com.ophos.registrar.jobs.ItemResult;
import com.ophos.registrar.jobs.RunsConfig;
import com.ophos.registrar.lifecycle.DeleteDomain;
import com.ophos.registrar.lifecycle.DeletionResult;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.registry.RegistryRouter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * R15 at D+1, in an order that never loses data and can be resumed at any step:
 * <ol>
 *   <li>the DNS zone is exported (AXFR) and archived with the contract, then removed from the
 *       company's DNS servers, which must then refuse it (R21; idempotent in {@link ZoneRelease});</li>
 *   <li>the name is deleted at its registry, exactly once through the journal, or let go where
 *       configured for a registry that does not renew on its own;</li>
 *   <li>the account is closed: a closure record kept with the contract, and an audit event.</li>
 * </ol>
 */
@ApplicationScoped
public class ReleaseAccount {
    static final String ACTOR = "scheduler";

    private final ZoneRelease zoneRelease;
    private final DeleteDomain deleteDomain;
    private final RegistryRouter router;
    private final AuditLog audit;
    private final RunsConfig config;
    private final DisputeFreeze disputes;

    ReleaseAccount(ZoneRelease zoneRelease, DeleteDomain deleteDomain, RegistryRouter router, AuditLog audit,
                   RunsConfig config, DisputeFreeze disputes) {
        this.zoneRelease = zoneRelease;
        this.deleteDomain = deleteDomain;
        this.router = router;
        this.audit = audit;
        this.config = config;
        this.disputes = disputes;
    }

    public ItemResult run(long contractId, Instant now) {
        Contract contract = QuarkusTransaction.requiringNew().call(() -> Contract.require(contractId));
        if (QuarkusTransaction.requiringNew().call(() -> AccountClosure.ofContract(contractId).isPresent())) {
            return ItemResult.skipped("account already closed");
        }
        if (contract.domain != null && disputes.isFrozen(contract.domain)) {
            return ItemResult.skipped("domain " + contract.domain + " is frozen by a dispute case (R3): not released");
        }
        Optional<ZoneArchive> archive = releaseZone(contract);
        Optional<Domain> domain = QuarkusTransaction.requiringNew().call(() -> Domain.byName(contract.domain));
        AccountClosure.RegistryOutcome registryOutcome;
        if (domain.isEmpty()) {
            registryOutcome = alreadyDeletedByUs(contract.domain) ? AccountClosure.RegistryOutcome.DELETED
                    : AccountClosure.RegistryOutcome.NOT_REGISTERED_HERE;
        } else if (letsExpire(domain.get())) {
            registryOutcome = AccountClosure.RegistryOutcome.LET_EXPIRE;
        } else {
            DeletionResult deleted = deleteDomain.run(contract.domain, ACTOR, "release:contract-" + contractId, "R15",
                    "contract " + contractId + " ended on " + contract.endsAt);
            if (deleted.status() == DeletionResult.Status.REFUSED || deleted.status() == DeletionResult.Status.UNSETTLED) {
                return ItemResult.failed("zone " + archive.map(a -> "archived (" + a.id + ")").orElse("absent")
                        + "; registry deletion " + deleted.status().name().toLowerCase() + ": " + deleted.detail());
            }
            registryOutcome = deleted.deleted() ? AccountClosure.RegistryOutcome.DELETED
                    : AccountClosure.RegistryOutcome.DELETE_PENDING;
        }
        QuarkusTransaction.requiringNew().run(() -> close(contract, archive, registryOutcome, now));
        return ItemResult.done("account closed; zone " + archive.map(a -> "archived as " + a.id + " ("
                + a.recordCount + " records) and released").orElse("none on our DNS") + "; domain "
                + registryOutcome.name().toLowerCase());
    }

    private Optional<ZoneArchive> releaseZone(Contract contract) {
        try {
            return Optional.of(zoneRelease.release(contract.domain, contract.id));
        } catch (NotFoundProblem neverHosted) {
            return Optional.empty();
        }
    }

    private boolean alreadyDeletedByUs(String name) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.count(
                "domain = ?1 and kind = ?2 and state = ?3", name,
                Operation.Kind.DOMAIN_DELETE,
                Operation.State.SUCCEEDED) > 0);
    }

    /** Letting a name lapse is allowed only where configured, and never where the registry renews it (and bills) at expiry. */
    private boolean letsExpire(Domain domain) {
        List<String> letExpire = config.release().letExpireAt().orElse(List.of());
        return letExpire.contains(domain.registryId)
                && !router.byId(domain.registryId).orElseThrow().policy().autoRenewsAtExpiry();
    }

    private void close(Contract contract, Optional<ZoneArchive> archive, AccountClosure.RegistryOutcome outcome,
                       Instant now) {
        AccountClosure closure = new AccountClosure();
        closure.contractId = contract.id;
        closure.customerId = contract.customerId;
        closure.domain = contract.domain;
        closure.zoneArchiveId = archive.map(a -> a.id).orElse(null);
        closure.registryOutcome = outcome;
        closure.closedAt = now;
        closure.persist();
        Map<String, Object> detail = new HashMap<>();
        detail.put("rule", "R15");
        detail.put("domain", contract.domain);
        detail.put("registry", outcome.name());
        archive.ifPresent(a -> detail.put("zoneArchive", a.id));
        audit.record(ACTOR, "account.closed", "contract:" + contract.id, detail);
    }
}
