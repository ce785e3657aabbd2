package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.List;

/** host:check. */
final class HostCheckFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        List<String> names = context.object().childTexts(EppNamespaces.HOST, "name").stream()
                .map(DomainNames::normalise).toList();
        if (names.isEmpty()) {
            throw new EppException.RequiredParameterMissing("at least one host:name is required");
        }
        if (names.size() > context.settings().maxNamesPerCheck()) {
            throw new EppException.ParameterValuePolicy("at most " + context.settings().maxNamesPerCheck()
                    + " names per check");
        }
        return EppResponse.ok().withResData(out -> {
            out.start(EppNamespaces.HOST, "chkData");
            for (String name : names) {
                boolean taken = context.state().hosts.containsKey(name);
                out.start(EppNamespaces.HOST, "cd");
                out.start(EppNamespaces.HOST, "name").attribute("avail", taken ? "0" : "1").text(name).end();
                if (taken) {
                    out.element(EppNamespaces.HOST, "reason", "In use");
                }
                out.end();
            }
            out.end();
        });
    }
}
