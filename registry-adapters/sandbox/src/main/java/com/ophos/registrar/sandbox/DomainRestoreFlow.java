package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * RFC 3915 restore: {@code op="request"} for a name in redemptionPeriod, then (where the flavour
 * wants one) {@code op="report"} which brings it back. AFNIC restores on the request alone.
 */
final class DomainRestoreFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        String name = DomainNames.normalise(context.object().requiredText(EppNamespaces.DOMAIN, "name"));
        SubProducts.require(context, List.of(name));
        DomainObject domain = context.domain(name);
        context.requireSponsor(domain);
        XmlElement restore = context.command().extension(EppNamespaces.RGP, "update").get()
                .required(EppNamespaces.RGP, "restore");
        String op = restore.attribute("op").orElse("");
        return switch (op) {
            case "request" -> request(context, domain);
            case "report" -> report(context, domain, restore);
            default -> throw new EppException.ParameterValueSyntax("rgp:restore op must be request or report");
        };
    }

    private EppResponse request(CommandContext context, DomainObject domain) throws EppException {
        if (!domain.inRedemption(context.now(), context.settings().redemption())) {
            throw new EppException.StatusProhibitsOperation("domain " + domain.name + " is not in redemptionPeriod");
        }
        Optional<Tariff> tariff = FeeExtension.tariff(context, domain.name);
        BigDecimal price = tariff.map(t -> t.price(Tariff.FeeCommand.RESTORE, 1)).orElse(BigDecimal.ZERO);
        FeeExtension.verifyEcho(context, "update", tariff, price);
        boolean waitsForReport = context.settings().flavour().restoreNeedsReport();
        if (waitsForReport) {
            domain.restoreRequested = true;
        } else {
            domain.deleted = null;
        }
        domain.updated = context.now();
        Optional<java.util.function.Consumer<XmlOut>> fee =
                FeeExtension.charged(context, "updData", tariff, price, Optional.empty());
        if (!waitsForReport) {
            return fee.map(EppResponse.ok()::withExtension).orElse(EppResponse.ok());
        }
        EppResponse response = EppResponse.ok().withExtension(out -> {
            out.start(EppNamespaces.RGP, "upData");
            out.start(EppNamespaces.RGP, "rgpStatus").attribute("s", "pendingRestore").end();
            out.end();
            fee.ifPresent(writer -> writer.accept(out));
        });
        return response;
    }

    private EppResponse report(CommandContext context, DomainObject domain, XmlElement restore) throws EppException {
        if (!domain.restoreRequested) {
            throw new EppException.StatusProhibitsOperation("domain " + domain.name + " is not pendingRestore");
        }
        XmlElement report = restore.required(EppNamespaces.RGP, "report");
        for (String element : List.of("preData", "postData", "delTime", "resTime", "resReason", "statement")) {
            report.requiredText(EppNamespaces.RGP, element);
        }
        domain.restoreRequested = false;
        domain.deleted = null;
        domain.updated = context.now();
        return EppResponse.ok();
    }
}
