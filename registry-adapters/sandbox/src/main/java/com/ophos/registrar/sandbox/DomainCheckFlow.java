package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** domain:check: availability with a reason, plus prices when fee:check asks. */
final class DomainCheckFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        List<String> names = context.object().childTexts(EppNamespaces.DOMAIN, "name").stream()
                .map(DomainNames::normalise).toList();
        if (names.isEmpty()) {
            throw new EppException.RequiredParameterMissing("at least one domain:name is required");
        }
        int max = context.settings().maxNamesPerCheck();
        if (names.size() > max) {
            throw new EppException.ParameterValuePolicy("at most " + max + " names per check, got " + names.size());
        }
        SubProducts.require(context, names);
        Optional<Consumer<XmlOut>> fees = FeeExtension.checkData(context, names);
        EppResponse response = EppResponse.ok().withResData(out -> {
            out.start(EppNamespaces.DOMAIN, "chkData");
            for (String name : names) {
                Optional<String> reason = unavailability(context, name);
                out.start(EppNamespaces.DOMAIN, "cd");
                out.start(EppNamespaces.DOMAIN, "name").attribute("avail", reason.isEmpty() ? "1" : "0").text(name).end();
                reason.ifPresent(text -> out.element(EppNamespaces.DOMAIN, "reason", text));
                out.end();
            }
            out.end();
        });
        return fees.map(response::withExtension).orElse(response);
    }

    /** Reasons are short: the schema caps them at 32 characters. */
    private static Optional<String> unavailability(CommandContext context, String name) {
        try {
            DomainNames.registrable(name, context.settings());
        } catch (EppException e) {
            return Optional.of(e.code() == 2005 ? "Invalid domain name" : "TLD not served");
        }
        return context.state().domains.containsKey(name) ? Optional.of("In use") : Optional.empty();
    }
}
