package com.ophos.registrar.sandbox;

/** XML namespaces the sandbox reads and writes. */
public final class EppNamespaces {
    public static final String EPP = "urn:ietf:params:xml:ns:epp-1.0";
    public static final String DOMAIN = "urn:ietf:params:xml:ns:domain-1.0";
    public static final String CONTACT = "urn:ietf:params:xml:ns:contact-1.0";
    public static final String HOST = "urn:ietf:params:xml:ns:host-1.0";
    public static final String SEC_DNS = "urn:ietf:params:xml:ns:secDNS-1.1";
    public static final String RGP = "urn:ietf:params:xml:ns:rgp-1.0";
    /** RFC 8748. */
    public static final String FEE = "urn:ietf:params:xml:ns:epp:fee-1.0";
    /** The draft namespace some registries still announce. */
    public static final String FEE_DRAFT = "urn:ietf:params:xml:ns:fee-1.0";
    public static final String NAMESTORE = "http://www.verisign-grs.com/epp/namestoreExt-1.1";
    public static final String SYNC = "http://www.verisign.com/epp/sync-1.0";
    public static final String FRNIC = "http://www.afnic.fr/xml/epp/frnic-2.0";

    private EppNamespaces() {
    }
}
