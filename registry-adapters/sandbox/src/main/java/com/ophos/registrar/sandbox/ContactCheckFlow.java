package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.List;

/** contact:check. */
final class ContactCheckFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        List<String> ids = context.object().childTexts(EppNamespaces.CONTACT, "id");
        if (ids.isEmpty()) {
            throw new EppException.RequiredParameterMissing("at least one contact:id is required");
        }
        if (ids.size() > context.settings().maxNamesPerCheck()) {
            throw new EppException.ParameterValuePolicy("at most " + context.settings().maxNamesPerCheck()
                    + " ids per check");
        }
        return EppResponse.ok().withResData(out -> {
            out.start(EppNamespaces.CONTACT, "chkData");
            for (String id : ids) {
                boolean taken = context.state().contacts.containsKey(id);
                out.start(EppNamespaces.CONTACT, "cd");
                out.start(EppNamespaces.CONTACT, "id").attribute("avail", taken ? "0" : "1").text(id).end();
                if (taken) {
                    out.element(EppNamespaces.CONTACT, "reason", "In use");
                }
                out.end();
            }
            out.end();
        });
    }
}
