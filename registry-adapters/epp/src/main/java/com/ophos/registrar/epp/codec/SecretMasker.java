package com.ophos.registrar.epp.codec;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import javax.xml.stream.XMLStreamWriter;

/**
 * Re-writes a frame through the (hardened) parser with the content of every element named {@code pw}
 * or {@code newPW}, in any namespace, replaced by {@code ***}. A frame that does not parse is not
 * written at all: only a placeholder saying so, since its raw bytes might hold a secret.
 */
public final class SecretMasker {
    static final String MASK = "***";

    private SecretMasker() {
    }

    public static byte[] mask(byte[] xml) {
        try {
            return rewrite(xml);
        } catch (XMLStreamException | RuntimeException e) {
            return ("<!-- frame of " + xml.length + " bytes not logged: it is not well-formed XML -->\n")
                    .getBytes(StandardCharsets.UTF_8);
        }
    }

    private static byte[] rewrite(byte[] xml) throws XMLStreamException {
        XMLStreamReader r = XmlFactories.input().createXMLStreamReader(new ByteArrayInputStream(xml));
        ByteArrayOutputStream out = new ByteArrayOutputStream(xml.length + 64);
        XMLStreamWriter w = XmlFactories.OUTPUT.createXMLStreamWriter(out, "UTF-8");
        int secretDepth = 0;
        try {
            w.writeStartDocument("UTF-8", "1.0");
            while (r.hasNext()) {
                int event = r.next();
                switch (event) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        if (secretDepth > 0) {
                            secretDepth++;
                            continue;
                        }
                        String prefix = r.getPrefix() == null ? "" : r.getPrefix();
                        String ns = r.getNamespaceURI() == null ? "" : r.getNamespaceURI();
                        w.writeStartElement(prefix, r.getLocalName(), ns);
                        for (int i = 0; i < r.getNamespaceCount(); i++) {
                            String p = r.getNamespacePrefix(i);
                            if (p == null || p.isEmpty()) {
                                w.writeDefaultNamespace(r.getNamespaceURI(i));
                            } else {
                                w.writeNamespace(p, r.getNamespaceURI(i));
                            }
                        }
                        for (int i = 0; i < r.getAttributeCount(); i++) {
                            String ap = r.getAttributePrefix(i);
                            String ans = r.getAttributeNamespace(i);
                            if (ans == null || ans.isEmpty()) {
                                w.writeAttribute(r.getAttributeLocalName(i), r.getAttributeValue(i));
                            } else {
                                w.writeAttribute(ap == null ? "" : ap, ans, r.getAttributeLocalName(i),
                                        r.getAttributeValue(i));
                            }
                        }
                        if (isSecret(r.getLocalName())) {
                            w.writeCharacters(MASK);
                            secretDepth = 1;
                        }
                    }
                    case XMLStreamConstants.END_ELEMENT -> {
                        if (secretDepth > 1) {
                            secretDepth--;
                            continue;
                        }
                        secretDepth = 0;
                        w.writeEndElement();
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (secretDepth == 0) {
                            w.writeCharacters(r.getText());
                        }
                    }
                    case XMLStreamConstants.COMMENT -> {
                        if (secretDepth == 0) {
                            w.writeComment(r.getText());
                        }
                    }
                    case XMLStreamConstants.DTD, XMLStreamConstants.ENTITY_REFERENCE ->
                            throw new XMLStreamException("DTDs and entity references are refused");
                    default -> {
                        // processing instructions and document events carry nothing worth logging
                    }
                }
            }
            w.writeEndDocument();
            w.close();
        } finally {
            r.close();
        }
        return out.toByteArray();
    }

    private static boolean isSecret(String localName) {
        return localName.equals("pw") || localName.equals("newPW");
    }
}
