package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;

/** host:info: public data, any registrar may read it. */
final class HostInfoFlow implements Flow {

    @Override
    public EppResponse run(CommandContext context) throws EppException {
        HostObject host = HostLookup.require(context, context.object().requiredText(EppNamespaces.HOST, "name"));
        boolean linked = HostLookup.linked(context, host.name);
        String ns = EppNamespaces.HOST;
        return EppResponse.ok().withResData(out -> {
            out.start(ns, "infData").element(ns, "name", host.name).element(ns, "roid", host.roid);
            if (host.statuses.isEmpty()) {
                out.start(ns, "status").attribute("s", "ok").end();
            }
            host.statuses.forEach(s -> out.start(ns, "status").attribute("s", s).end());
            if (linked) {
                out.start(ns, "status").attribute("s", "linked").end();
            }
            host.addresses.forEach(a -> out.start(ns, "addr").attribute("ip", a.family()).text(a.address()).end());
            out.element(ns, "clID", host.sponsor).element(ns, "crID", host.sponsor)
                    .element(ns, "crDate", XmlOut.dateTime(host.created));
            if (host.updated != null) {
                out.element(ns, "upDate", XmlOut.dateTime(host.updated));
            }
            out.end();
        });
    }
}
