package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * domain:renew. {@code curExpDate} must name the current expiry day, so a replayed renew fails
 * with 2306 instead of renewing twice.
 */
final class DomainRenewFlow implements Flow {
    private static final Set<String> PROHIBITING = Set.of("clientRenewProhibited", "serverRenewProhibited",
            "pendingDelete", "pendingTransfer");
    private static final int MAX_YEARS_AHEAD = 10;

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        XmlElement renew = context.object();
        String name = DomainNames.normalise(renew.requiredText(EppNamespaces.DOMAIN, "name"));
        SubProducts.require(context, List.of(name));
        DomainObject domain = context.domain(name);
        context.requireSponsor(domain);
        String currentExpiry = renew.requiredText(EppNamespaces.DOMAIN, "curExpDate");
        if (!currentExpiry.equals(XmlOut.date(domain.expires))) {
            throw new EppException.ParameterValuePolicy("curExpDate " + currentExpiry
                    + " is not the current expiry date " + XmlOut.date(domain.expires));
        }
        for (String status : domain.eppStatuses()) {
            if (PROHIBITING.contains(status)) {
                throw new EppException.StatusProhibitsOperation("domain " + name + " is " + status);
            }
        }
        int years = Periods.years(renew.child(EppNamespaces.DOMAIN, "period"));
        if (!context.settings().renewYears().contains(years)) {
            throw new EppException.ParameterValuePolicy("a renew for " + years + " years is not allowed here");
        }
        Instant newExpiry = domain.expires.atZone(ZoneOffset.UTC).plusYears(years).toInstant();
        if (newExpiry.isAfter(context.now().atZone(ZoneOffset.UTC).plusYears(MAX_YEARS_AHEAD).toInstant())) {
            throw new EppException.ParameterValuePolicy("expiry would be more than 10 years ahead");
        }
        Optional<Tariff> tariff = FeeExtension.tariff(context, name);
        BigDecimal price = tariff.map(t -> t.price(Tariff.FeeCommand.RENEW, years)).orElse(BigDecimal.ZERO);
        FeeExtension.verifyEcho(context, "renew", tariff, price);

        domain.expires = newExpiry;
        domain.renewGraceEnds = context.now().plus(context.settings().renewGrace());
        EppResponse response = EppResponse.ok().withResData(out -> out.start(EppNamespaces.DOMAIN, "renData")
                .element(EppNamespaces.DOMAIN, "name", name)
                .element(EppNamespaces.DOMAIN, "exDate", XmlOut.dateTime(newExpiry)).end());
        return FeeExtension.charged(context, "renData", tariff, price, Optional.of(years))
                .map(response::withExtension).orElse(response);
    }
}
