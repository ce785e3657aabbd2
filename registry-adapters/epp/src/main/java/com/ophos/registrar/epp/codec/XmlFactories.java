package com.ophos.registrar.epp.codec;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/**
 * StAX factories hardened for frames from the network: no DTD, no external entities, no entity
 * replacement (a DOCTYPE or entity reference is then refused by the reader), text coalesced.
 * The JDK's own implementation is used so that behaviour does not depend on the class path.
 *
 * <p>One input factory per thread, set to hand out its last reader again once it was closed (the JDK's
 * {@code reuse-instance}; its writers have no such option): building a reader, with its scanner, entity
 * manager and symbol table, was most of the cost of reading a small response (JFR, bench/epp-load). A
 * factory reusing its reader must not be shared between threads, hence one per thread.
 */
final class XmlFactories {
    private static final String REUSE_INSTANCE = "reuse-instance";
    private static final ThreadLocal<XMLInputFactory> INPUT = ThreadLocal.withInitial(XmlFactories::hardenedInput);
    static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private XmlFactories() {
    }

    /** This thread's input factory; close every reader it gives, so that the next one can be reused. */
    static XMLInputFactory input() {
        return INPUT.get();
    }

    private static XMLInputFactory hardenedInput() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(REUSE_INSTANCE, true);
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_VALIDATING, false);
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new javax.xml.stream.XMLStreamException("external resource refused: " + systemId);
        });
        return factory;
    }
}
