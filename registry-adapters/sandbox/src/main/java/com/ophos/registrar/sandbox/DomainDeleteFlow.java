package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.List;
import java.util.Set;

/**
 * domain:delete. Within the add grace period the name goes at once and the create fee is credited;
 * otherwise it enters pendingDelete with RGP redemptionPeriod (1001) and can still be restored.
 */
final class DomainDeleteFlow implements Flow {
    private static final Set<String> PROHIBITING = Set.of("clientDeleteProhibited", "serverDeleteProhibited",
            "pendingDelete", "pendingTransfer");

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        String name = DomainNames.normalise(context.object().requiredText(EppNamespaces.DOMAIN, "name"));
        SubProducts.require(context, List.of(name));
        DomainObject domain = context.domain(name);
        context.requireSponsor(domain);
        for (String status : domain.eppStatuses()) {
            if (PROHIBITING.contains(status)) {
                throw new EppException.StatusProhibitsOperation("domain " + name + " is " + status);
            }
        }
        if (domain.inAddGrace(context.now())) {
            context.state().domains.remove(name);
            String currency = FeeExtension.tariff(context, name).map(Tariff::currency).orElse("EUR");
            EppResponse response = EppResponse.ok();
            return FeeExtension.credited(context, currency, domain.createFee)
                    .map(response::withExtension).orElse(response);
        }
        context.state().delete(domain, context.now());
        domain.updated = context.now();
        return EppResponse.of(1001);
    }
}
