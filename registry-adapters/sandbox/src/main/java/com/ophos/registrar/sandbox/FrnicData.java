package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;

/** The frnic response extension for trade and recover ({@code frnic:ext/frnic:resData/frnic:trdData}). */
final class FrnicData {

    private FrnicData() {
    }

    /** @param context the request being answered, or null when reporting an earlier trade */
    static void writeTrade(XmlOut out, DomainObject domain, String status, CommandContext context) {
        String ns = EppNamespaces.FRNIC;
        out.start(ns, "ext").start(ns, "resData").start(ns, "trdData").start(ns, "domain")
                .element(ns, "name", domain.name)
                .element(ns, "trStatus", status)
                .element(ns, "reID", domain.sponsor)
                .element(ns, "reDate", XmlOut.dateTime(context == null ? domain.updated : context.now()))
                .element(ns, "newRegistrant", domain.registrant)
                .end().end().end().end();
    }
}
