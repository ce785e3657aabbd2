package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;

/** RFC 5731 {@code domain:trnData}, in transfer answers and poll messages. */
final class TransferData {

    private TransferData() {
    }

    static void write(XmlOut out, PollMessage.TransferNotice notice) {
        out.start(EppNamespaces.DOMAIN, "trnData")
                .element(EppNamespaces.DOMAIN, "name", notice.domainName())
                .element(EppNamespaces.DOMAIN, "trStatus", notice.status())
                .element(EppNamespaces.DOMAIN, "reID", notice.gainingClientId())
                .element(EppNamespaces.DOMAIN, "reDate", XmlOut.dateTime(notice.requested()))
                .element(EppNamespaces.DOMAIN, "acID", notice.losingClientId())
                .element(EppNamespaces.DOMAIN, "acDate", XmlOut.dateTime(notice.actionDate()))
                .element(EppNamespaces.DOMAIN, "exDate", XmlOut.dateTime(notice.expires()))
                .end();
    }

    static void write(XmlOut out, PollMessage.ActionNotice notice) {
        out.start(EppNamespaces.DOMAIN, "panData");
        out.start(EppNamespaces.DOMAIN, "name").attribute("paResult", notice.succeeded() ? "1" : "0")
                .text(notice.domainName()).end();
        out.start(EppNamespaces.DOMAIN, "paTRID");
        out.element(EppNamespaces.EPP, "clTRID", notice.clientTransactionId());
        out.element(EppNamespaces.EPP, "svTRID", notice.serverTransactionId());
        out.end();
        out.element(EppNamespaces.DOMAIN, "paDate", XmlOut.dateTime(notice.date())).end();
    }
}
