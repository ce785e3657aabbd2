package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.CompletableFuture;

/**
 * A customer's renewal through the API: checked here (the name is ours, the period is offered), then
 * handed to {@link RenewDomain}, whose journal entry, curExpDate and reconciliation make every attempt
 * safe to repeat, and attempted until the registry's answer is known.
 */
@ApplicationScoped
public class RenewOnRequest {
    private final RenewDomain renewDomain;
    private final RegistryRouter router;
    private final SettlingAttempts attempts;

    public RenewOnRequest(RenewDomain renewDomain, RegistryRouter router, SettlingAttempts attempts) {
        this.renewDomain = renewDomain;
        this.router = router;
        this.attempts = attempts;
    }

    /** Refusals of the request are thrown here; the returned future follows the registry's part. */
    public CompletableFuture<RenewalResult> run(String name, int years, String principal, String idempotencyKey) {
        String aLabel = DomainName.parse(name).aLabel();
        Domain domain = QuarkusTransaction.requiringNew().call(() -> Domain.byName(aLabel)
                .orElseThrow(() -> new NotFoundProblem(aLabel + " is not registered through the gateway")));
        requireOfferedPeriod(router.byId(domain.registryId).orElseThrow().policy(), years);
        RenewalOrder order = new RenewalOrder(aLabel, years, principal, idempotencyKey);
        return attempts.run("renewal of " + aLabel, () -> renewDomain.run(order),
                result -> result.status() != RenewalResult.Status.UNSETTLED);
    }

    private static void requireOfferedPeriod(RegistryPolicy policy, int years) {
        if (!policy.renewYears().contains(years)) {
            throw new PeriodNotOfferedException(policy.registryId(), years, policy.renewYears());
        }
    }
}
