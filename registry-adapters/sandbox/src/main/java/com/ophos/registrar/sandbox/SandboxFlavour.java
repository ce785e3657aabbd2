package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The registry dialect a sandbox speaks. */
public enum SandboxFlavour {
    /** .com/.net: host objects, namestoreExt subProduct on every domain command, fee, ConsoliDate. */
    VERISIGN(true, true, true),
    /** .fr: inline host attributes, server-assigned contact ids, frnic trade/recover, no fee. */
    AFNIC(false, false, false),
    /** Any RFC registry: host objects, fee-1.0. */
    GENERIC(true, true, true);

    private final boolean hostObjects;
    private final boolean offersFee;
    private final boolean restoreNeedsReport;

    SandboxFlavour(boolean hostObjects, boolean offersFee, boolean restoreNeedsReport) {
        this.hostObjects = hostObjects;
        this.offersFee = offersFee;
        this.restoreNeedsReport = restoreNeedsReport;
    }

    public static SandboxFlavour of(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    public boolean hostObjects() {
        return hostObjects;
    }

    public boolean offersFee() {
        return offersFee;
    }

    /** RFC 3915 lets a registry restore on the request alone (AFNIC) or wait for the report. */
    public boolean restoreNeedsReport() {
        return restoreNeedsReport;
    }

    public List<String> objectUris() {
        return hostObjects
                ? List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT, EppNamespaces.HOST)
                : List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT);
    }

    /** @param feeNamespace the fee namespace this server announces, when the flavour offers fees */
    public List<String> extensionUris(String feeNamespace) {
        List<String> uris = new ArrayList<>(List.of(EppNamespaces.SEC_DNS, EppNamespaces.RGP));
        switch (this) {
            case VERISIGN -> uris.addAll(List.of(feeNamespace, EppNamespaces.NAMESTORE, EppNamespaces.SYNC));
            case AFNIC -> uris.add(EppNamespaces.FRNIC);
            case GENERIC -> uris.add(feeNamespace);
        }
        return List.copyOf(uris);
    }
}
