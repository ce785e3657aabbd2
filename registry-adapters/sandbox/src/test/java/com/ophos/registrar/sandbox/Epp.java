package com.ophos.registrar.sandbox;

import static com.ophos.registrar.sandbox.X.attr;
import static com.ophos.registrar.sandbox.X.el;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Client frames for the tests. */
final class Epp {
    static final String EPP = EppNamespaces.EPP;
    private static final AtomicInteger TRANSACTIONS = new AtomicInteger();

    private Epp() {
    }

    static String nextClTRID() {
        return "TEST-" + TRANSACTIONS.incrementAndGet();
    }

    static X hello() {
        return el(EPP, "epp", el(EPP, "hello"));
    }

    static X login(String clientId, String password, List<String> objectUris, List<String> extensionUris,
                   String newPassword) {
        List<Object> services = new ArrayList<>();
        objectUris.forEach(uri -> services.add(el(EPP, "objURI", uri)));
        if (!extensionUris.isEmpty()) {
            services.add(el(EPP, "svcExtension", extensionUris.stream().map(uri -> el(EPP, "extURI", uri)).toList()));
        }
        return el(EPP, "epp", el(EPP, "command",
                el(EPP, "login", el(EPP, "clID", clientId), el(EPP, "pw", password),
                        newPassword == null ? null : el(EPP, "newPW", newPassword),
                        el(EPP, "options", el(EPP, "version", "1.0"), el(EPP, "lang", "en")),
                        el(EPP, "svcs", services)),
                el(EPP, "clTRID", nextClTRID())));
    }

    static X logout() {
        return el(EPP, "epp", el(EPP, "command", el(EPP, "logout"), el(EPP, "clTRID", nextClTRID())));
    }

    static X pollRequest() {
        return el(EPP, "epp", el(EPP, "command", el(EPP, "poll", attr("op", "req")), el(EPP, "clTRID", nextClTRID())));
    }

    static X pollAck(String id) {
        return el(EPP, "epp", el(EPP, "command", el(EPP, "poll", attr("op", "ack"), attr("msgID", id)),
                el(EPP, "clTRID", nextClTRID())));
    }

    /** {@code <command><verb>object</verb><extension>...</extension><clTRID/></command>}. */
    static X command(String verb, X object, X... extensions) {
        return command(el(EPP, verb, object), extensions);
    }

    static X command(X verb, X... extensions) {
        return el(EPP, "epp", el(EPP, "command", verb,
                extensions.length == 0 ? null : el(EPP, "extension", Arrays.asList(extensions)),
                el(EPP, "clTRID", nextClTRID())));
    }

    static X domain(String localName, Object... content) {
        return el(EppNamespaces.DOMAIN, "domain:" + localName, content);
    }

    static X contact(String localName, Object... content) {
        return el(EppNamespaces.CONTACT, "contact:" + localName, content);
    }

    static X host(String localName, Object... content) {
        return el(EppNamespaces.HOST, "host:" + localName, content);
    }

    static X fee(String localName, Object... content) {
        return el(EppNamespaces.FEE, "fee:" + localName, content);
    }

    static X rgp(String localName, Object... content) {
        return el(EppNamespaces.RGP, "rgp:" + localName, content);
    }

    static X secDns(String localName, Object... content) {
        return el(EppNamespaces.SEC_DNS, "secDNS:" + localName, content);
    }

    static X frnic(String localName, Object... content) {
        return el(EppNamespaces.FRNIC, "frnic:" + localName, content);
    }

    static X subProduct(String value) {
        return el(EppNamespaces.NAMESTORE, "namestoreExt:namestoreExt",
                el(EppNamespaces.NAMESTORE, "namestoreExt:subProduct", value));
    }

    static X period(int years) {
        return domain("period", attr("unit", "y"), Integer.toString(years));
    }

    static X authInfo(String password) {
        return domain("authInfo", domain("pw", password));
    }
}
