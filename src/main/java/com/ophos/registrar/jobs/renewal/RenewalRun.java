package com.ophos.registrar.jobs.renewal;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractStatus;
import com.ophos.registrar.jobs.RunContext;
import com.ophos.registrar.jobs.RunKind;
import com.ophos.registrar.jobs.RunWork;
import com.ophos.registrar.jobs.RunsConfig;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The daily renewal run: every active contract whose term ends within the lead is renewed,
 * suspended or terminated ({@link RenewContract}); then every name at an auto-renewing registry
 * that nobody pays for is deleted before its expiry ({@link DeleteBeforeAutoRenewal}).
 * Disputes: the dispute area is not in this tree yet, so frozen domains are not skipped here.
 */
@ApplicationScoped
public class RenewalRun implements RunWork {

    private record DueContract(long contractId, String domain) {
    }

    private record UnpaidName(String domain, String why) {
    }

    private final RenewContract renewContract;
    private final DeleteBeforeAutoRenewal deleteBeforeAutoRenewal;
    private final RegistryRouter router;
    private final RunsConfig config;

    RenewalRun(RenewContract renewContract, DeleteBeforeAutoRenewal deleteBeforeAutoRenewal, RegistryRouter router,
               RunsConfig config) {
        this.renewContract = renewContract;
        this.deleteBeforeAutoRenewal = deleteBeforeAutoRenewal;
        this.router = router;
        this.config = config;
    }

    @Override
    public RunKind kind() {
        return RunKind.RENEWAL;
    }

    @Override
    public void perform(RunContext run) {
        Instant now = run.now();
        List<DueContract> contracts = QuarkusTransaction.requiringNew().call(() -> dueContracts(now));
        List<UnpaidName> unpaid = QuarkusTransaction.requiringNew().call(() -> unpaidAutoRenewingNames(now));
        run.due(contracts.size() + unpaid.size());
        for (DueContract due : contracts) {
            run.item(due.domain(), () -> renewContract.run(due.contractId(), now));
        }
        for (UnpaidName name : unpaid) {
            run.item("delete:" + name.domain(), () -> deleteBeforeAutoRenewal.run(name.domain(), name.why()));
        }
    }

    private List<DueContract> dueContracts(Instant now) {
        return Contract.<Contract>list("status = ?1 and termEndsAt <= ?2 order by termEndsAt, id",
                        ContractStatus.ACTIVE, now.plus(config.renewal().lead())).stream()
                .map(c -> new DueContract(c.id, c.domain))
                .toList();
    }

    private List<UnpaidName> unpaidAutoRenewingNames(Instant now) {
        List<String> registries = router.all().stream()
                .filter(r -> r.policy().autoRenewsAtExpiry())
                .map(RegistryAdapter::registryId)
                .toList();
        if (registries.isEmpty()) {
            return List.of();
        }
        List<UnpaidName> names = new ArrayList<>();
        List<Domain> expiring = Domain.list("registryId in ?1 and expiresAt <= ?2 order by expiresAt, id", registries,
                now.plus(config.renewal().deleteBeforeAutoRenewal()));
        for (Domain domain : expiring) {
            notPaidFor(domain).ifPresent(why -> names.add(new UnpaidName(domain.name, why)));
        }
        return names;
    }

    private static Optional<String> notPaidFor(Domain domain) {
        Contract contract = domain.contractId == null ? null : Contract.findById(domain.contractId);
        if (contract == null) {
            return Optional.of("no contract pays for it");
        }
        if (contract.status != ContractStatus.ACTIVE) {
            return Optional.of("contract " + contract.id + " is " + contract.status);
        }
        if (contract.suspended) {
            return Optional.of("contract " + contract.id + " is suspended for late payment (R8)");
        }
        return Optional.empty();
    }
}
