package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.time.Instant;

/** The frnic response extension for trade and recover ({@code frnic:ext/frnic:resData/frnic:trdData}). */
final class FrnicData {

    private FrnicData() {
    }

    static void writeTrade(XmlOut out, String domain, String status, String requestedBy, Instant requestedAt,
                           String newHolder) {
        String ns = EppNamespaces.FRNIC;
        out.start(ns, "ext").start(ns, "resData").start(ns, "trdData").start(ns, "domain")
                .element(ns, "name", domain)
                .element(ns, "trStatus", status)
                .element(ns, "reID", requestedBy)
                .element(ns, "reDate", XmlOut.dateTime(requestedAt))
                .element(ns, "newRegistrant", newHolder)
                .end().end().end().end();
    }
}
