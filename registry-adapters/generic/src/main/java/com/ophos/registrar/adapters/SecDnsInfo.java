package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.registry.spi.DsData;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The DS records of a domain:info answer ({@code secDNS:infData}, RFC 5910 dsData interface). The EPP
 * codec does not model secDNS answers, so they are read from the frame as received.
 */
final class SecDnsInfo {
    private static final DocumentBuilderFactory FACTORY = secureFactory();

    private SecDnsInfo() {
    }

    static List<DsData> read(String responseXml) {
        if (responseXml == null || !responseXml.contains(EppNamespaces.SEC_DNS)) {
            return List.of();
        }
        Document document;
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            document = builder.parse(new ByteArrayInputStream(responseXml.getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            // The EPP reader already accepted this frame; a second parse failing means a codec bug.
            throw new IllegalStateException("domain:info answer could not be re-read for secDNS data", e);
        }
        List<DsData> records = new ArrayList<>();
        NodeList dsData = document.getElementsByTagNameNS(EppNamespaces.SEC_DNS, "dsData");
        for (int i = 0; i < dsData.getLength(); i++) {
            Element ds = (Element) dsData.item(i);
            records.add(new DsData(Integer.parseInt(text(ds, "keyTag")), Integer.parseInt(text(ds, "alg")),
                    Integer.parseInt(text(ds, "digestType")), text(ds, "digest")));
        }
        return List.copyOf(records);
    }

    private static String text(Element parent, String localName) {
        NodeList nodes = parent.getElementsByTagNameNS(EppNamespaces.SEC_DNS, localName);
        if (nodes.getLength() == 0) {
            throw new IllegalStateException("secDNS:dsData without secDNS:" + localName);
        }
        return nodes.item(0).getTextContent().trim();
    }

    private static DocumentBuilderFactory secureFactory() {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setExpandEntityReferences(false);
        factory.setXIncludeAware(false);
        try {
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be secured", e);
        }
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
