package com.ophos.registrar.bench.eppload;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The frames the raw client sends, written once with StAX before any measurement: the floor must not
 * pay for XML writing per command, only for TLS and framing.
 */
final class RawFrames {
    static final String EPP = "urn:ietf:params:xml:ns:epp-1.0";
    static final String DOMAIN = "urn:ietf:params:xml:ns:domain-1.0";
    static final String CONTACT = "urn:ietf:params:xml:ns:contact-1.0";
    static final String HOST = "urn:ietf:params:xml:ns:host-1.0";
    static final String NAMESTORE = "http://www.verisign-grs.com/epp/namestoreExt-1.1";

    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();

    private RawFrames() {
    }

    @FunctionalInterface
    private interface Body {
        void write(XMLStreamWriter out) throws XMLStreamException;
    }

    static byte[] login(String clientId, String password, String clTRID) {
        return command(clTRID, out -> {
            out.writeStartElement("login");
            text(out, "clID", clientId);
            text(out, "pw", password);
            out.writeStartElement("options");
            text(out, "version", "1.0");
            text(out, "lang", "en");
            out.writeEndElement();
            out.writeStartElement("svcs");
            for (String uri : List.of(DOMAIN, CONTACT, HOST)) {
                text(out, "objURI", uri);
            }
            out.writeStartElement("svcExtension");
            text(out, "extURI", NAMESTORE);
            out.writeEndElement();
            out.writeEndElement();
            out.writeEndElement();
        });
    }

    static byte[] logout(String clTRID) {
        return command(clTRID, out -> out.writeEmptyElement("logout"));
    }

    /** {@code count} one-name .com checks, names and clTRIDs distinct, to be sent in rotation. */
    static List<byte[]> checks(String prefix, int count) {
        List<byte[]> frames = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String name = prefix + "-" + i + ".com";
            frames.add(command(prefix + "-CHK-" + i, out -> {
                out.writeStartElement("check");
                out.writeStartElement("domain", "check", DOMAIN);
                out.writeNamespace("domain", DOMAIN);
                out.writeStartElement(DOMAIN, "name");
                out.writeCharacters(name);
                out.writeEndElement();
                out.writeEndElement();
                out.writeEndElement();
                out.writeStartElement("extension");
                out.writeStartElement("namestoreExt", "namestoreExt", NAMESTORE);
                out.writeNamespace("namestoreExt", NAMESTORE);
                out.writeStartElement(NAMESTORE, "subProduct");
                out.writeCharacters("dotCOM");
                out.writeEndElement();
                out.writeEndElement();
                out.writeEndElement();
            }));
        }
        return frames;
    }

    private static byte[] command(String clTRID, Body body) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
        try {
            XMLStreamWriter out = OUTPUT.createXMLStreamWriter(bytes, "UTF-8");
            out.writeStartDocument("UTF-8", "1.0");
            out.setDefaultNamespace(EPP);
            out.setPrefix("domain", DOMAIN);
            out.setPrefix("namestoreExt", NAMESTORE);
            out.writeStartElement(EPP, "epp");
            out.writeDefaultNamespace(EPP);
            out.writeStartElement(EPP, "command");
            body.write(out);
            text(out, "clTRID", clTRID);
            out.writeEndElement();
            out.writeEndElement();
            out.writeEndDocument();
            out.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write a frame", e);
        }
        return bytes.toByteArray();
    }

    private static void text(XMLStreamWriter out, String element, String value) throws XMLStreamException {
        out.writeStartElement(EPP, element);
        out.writeCharacters(value);
        out.writeEndElement();
    }
}
