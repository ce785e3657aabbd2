package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** A frame the server sent, with XPath access (prefixes: epp, domain, contact, host, fee, rgp, ...). */
final class EppReply {
    private static final Map<String, String> PREFIXES = Map.of("epp", EppNamespaces.EPP,
            "domain", EppNamespaces.DOMAIN, "contact", EppNamespaces.CONTACT, "host", EppNamespaces.HOST,
            "fee", EppNamespaces.FEE, "rgp", EppNamespaces.RGP, "secDNS", EppNamespaces.SEC_DNS,
            "namestoreExt", EppNamespaces.NAMESTORE, "frnic", EppNamespaces.FRNIC, "draftfee", EppNamespaces.FEE_DRAFT);

    private final byte[] xml;
    private final Document document;

    EppReply(byte[] xml) {
        this.xml = xml;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            this.document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
        } catch (Exception e) {
            throw new AssertionError("server sent something that is not XML: " + this, e);
        }
    }

    int code() {
        String code = text("/epp:epp/epp:response/epp:result/@code");
        if (code.isEmpty()) {
            throw new AssertionError("not a response: " + this);
        }
        return Integer.parseInt(code);
    }

    boolean isGreeting() {
        return has("/epp:epp/epp:greeting");
    }

    String text(String xpath) {
        try {
            return (String) xpath().evaluate(xpath, document, XPathConstants.STRING);
        } catch (Exception e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    List<String> texts(String xpath) {
        NodeList nodes = nodes(xpath);
        List<String> result = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            result.add(nodes.item(i).getTextContent());
        }
        return result;
    }

    private NodeList nodes(String xpath) {
        try {
            return (NodeList) xpath().evaluate(xpath, document, XPathConstants.NODESET);
        } catch (Exception e) {
            throw new IllegalArgumentException(xpath, e);
        }
    }

    boolean has(String xpath) {
        return nodes(xpath).getLength() > 0;
    }

    private static XPath xpath() {
        XPath xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return PREFIXES.getOrDefault(prefix, XMLConstants.NULL_NS_URI);
            }

            @Override
            public String getPrefix(String namespaceUri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String namespaceUri) {
                return null;
            }
        });
        return xpath;
    }

    @Override
    public String toString() {
        return new String(xml, StandardCharsets.UTF_8);
    }
}
