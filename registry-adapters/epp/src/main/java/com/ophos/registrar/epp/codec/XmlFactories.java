package com.ophos.registrar.epp.codec;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;

/**
 * StAX factories hardened for frames from the network: no DTD, no external entities, no entity
 * replacement (a DOCTYPE or entity reference is then refused by the reader), text coalesced.
 * The JDK's own implementation is used so that behaviour does not depend on the class path.
 */
final class XmlFactories {
    static final XMLInputFactory INPUT = hardenedInput();
    static final XMLOutputFactory OUTPUT = XMLOutputFactory.newDefaultFactory();

    private XmlFactories() {
    }

    private static XMLInputFactory hardenedInput() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
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
