package com.ophos.registrar.jobs.renewal;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.billing.contract.ContractStatus;
import com.ophos.registrar.jobs.RegistryLanes;
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
 * Items work concurrently, as many per registry as {@link RegistryLanes} allows; frozen domains
 * (R3) are skipped by the item flows.
 */
@ApplicationScoped
public class RenewalRun implements RunWork {

    private record DueContract(long contractId, String domain, String registryId) {
    }

    private record UnpaidName(String domain, String registryId, String why) {
    }

    private final RenewContract renewContract;
    private final DeleteBeforeAutoRenewal deleteBeforeAutoRenewal;
    private final RegistryRouter router;
    private final RunsConfig config;
    private final RegistryLanes lanes;

    RenewalRun(RenewContract renewContract, DeleteBeforeAutoRenewal deleteBeforeAutoRenewal, RegistryRouter router,
               RunsConfig config, RegistryLanes lanes) {
        this.renewContract = renewContract;
        this.deleteBeforeAutoRenewal = deleteBeforeAutoRenewal;
        this.router = router;
        this.config = config;
        this.lanes = lanes;
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
        List<RunContext.Item> items = new ArrayList<>();
        for (DueContract due : contracts) {
            items.add(new RunContext.Item(due.domain(), due.registryId(),
                    () -> renewContract.run(due.contractId(), now, run.actor())));
        }
        for (UnpaidName name : unpaid) {
            items.add(new RunContext.Item("delete:" + name.domain(), name.registryId(),
                    () -> deleteBeforeAutoRenewal.run(name.domain(), name.why())));
        }
        run.items(items, lanes::width);
    }

    /** Due contracts with the registry of their domain (found by contract, else by name), which is their lane. */
    private List<DueContract> dueContracts(Instant now) {
        List<Object[]> rows = Contract.getEntityManager().createQuery("select c.id, c.domain, "
                        + "coalesce(byContract.registryId, byName.registryId) from Contract c "
                        + "left join Domain byContract on byContract.contractId = c.id "
                        + "left join Domain byName on byName.name = c.domain and byContract.id is null "
                        + "where c.status = ?1 and c.termEndsAt <= ?2 order by c.termEndsAt, c.id", Object[].class)
                .setParameter(1, ContractStatus.ACTIVE)
                .setParameter(2, now.plus(config.renewal().lead()))
                .getResultList();
        return rows.stream()
                .map(row -> new DueContract((Long) row[0], (String) row[1],
                        row[2] != null ? (String) row[2] : RegistryLanes.NO_REGISTRY))
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
            notPaidFor(domain).ifPresent(why -> names.add(new UnpaidName(domain.name, domain.registryId, why)));
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
