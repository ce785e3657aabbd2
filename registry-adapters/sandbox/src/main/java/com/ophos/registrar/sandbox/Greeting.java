package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.time.Instant;

/** The {@code <greeting>}: sent on connect and in answer to {@code <hello>}. */
final class Greeting {

    private Greeting() {
    }

    static byte[] toXml(SandboxSettings settings, Instant now) {
        String ns = EppNamespaces.EPP;
        XmlOut out = new XmlOut();
        out.start(ns, "epp").start(ns, "greeting")
                .element(ns, "svID", "Sandbox " + settings.flavour().name().toLowerCase(java.util.Locale.ROOT)
                        + " registry")
                .element(ns, "svDate", XmlOut.dateTime(now));
        out.start(ns, "svcMenu").element(ns, "version", "1.0").element(ns, "lang", "en");
        if (settings.flavour() == SandboxFlavour.AFNIC) {
            out.element(ns, "lang", "fr");
        }
        settings.flavour().objectUris().forEach(uri -> out.element(ns, "objURI", uri));
        out.start(ns, "svcExtension");
        settings.extensionUris().forEach(uri -> out.element(ns, "extURI", uri));
        out.end().end();
        out.start(ns, "dcp").start(ns, "access").empty(ns, "all").end()
                .start(ns, "statement")
                .start(ns, "purpose").empty(ns, "admin").empty(ns, "prov").end()
                .start(ns, "recipient").empty(ns, "ours").empty(ns, "public").end()
                .start(ns, "retention").empty(ns, "stated").end()
                .end().end();
        out.end().end();
        return out.finish();
    }
}
