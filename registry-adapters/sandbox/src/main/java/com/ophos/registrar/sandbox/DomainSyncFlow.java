package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.time.Instant;
import java.time.MonthDay;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Verisign ConsoliDate: moves the expiry forward to the next given month-day, less than a year away. */
final class DomainSyncFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        if (context.settings().flavour() != SandboxFlavour.VERISIGN) {
            throw new EppException.UnimplementedExtension("sync is a Verisign extension");
        }
        String name = DomainNames.normalise(context.object().requiredText(EppNamespaces.DOMAIN, "name"));
        SubProducts.require(context, List.of(name));
        DomainObject domain = context.domain(name);
        context.requireSponsor(domain);
        if (domain.deleted != null || domain.statuses.contains("clientUpdateProhibited")
                || domain.statuses.contains("serverUpdateProhibited")) {
            throw new EppException.StatusProhibitsOperation("domain " + name + " cannot be updated now");
        }
        String text = context.command().extension(EppNamespaces.SYNC, "update").get()
                .requiredText(EppNamespaces.SYNC, "expMonthDay");
        MonthDay monthDay;
        try {
            monthDay = MonthDay.parse(text);
        } catch (DateTimeParseException e) {
            throw new EppException.ParameterValueSyntax("expMonthDay must look like --MM-DD: " + text);
        }
        ZonedDateTime current = domain.expires.atZone(ZoneOffset.UTC);
        ZonedDateTime target = monthDay.atYear(current.getYear()).atTime(current.toLocalTime()).atZone(ZoneOffset.UTC);
        if (!target.isAfter(current)) {
            target = monthDay.atYear(current.getYear() + 1).atTime(current.toLocalTime()).atZone(ZoneOffset.UTC);
        }
        Instant newExpiry = target.toInstant();
        domain.expires = newExpiry;
        domain.updated = context.now();
        return EppResponse.ok();
    }
}
