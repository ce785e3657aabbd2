package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** StAX writer for EPP frames; declares each namespace under its usual prefix where first used. */
public final class XmlOut {
    private static final XMLOutputFactory FACTORY = repairingFactory();
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);
    private static final Map<String, String> PREFIXES = Map.ofEntries(
            Map.entry(EppNamespaces.EPP, ""),
            Map.entry(EppNamespaces.DOMAIN, "domain"),
            Map.entry(EppNamespaces.CONTACT, "contact"),
            Map.entry(EppNamespaces.HOST, "host"),
            Map.entry(EppNamespaces.SEC_DNS, "secDNS"),
            Map.entry(EppNamespaces.RGP, "rgp"),
            Map.entry(EppNamespaces.FEE, "fee"),
            Map.entry(EppNamespaces.FEE_DRAFT, "fee"),
            Map.entry(EppNamespaces.NAMESTORE, "namestoreExt"),
            Map.entry(EppNamespaces.SYNC, "sync"),
            Map.entry(EppNamespaces.FRNIC, "frnic"));

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1024);
    private final XMLStreamWriter writer;

    XmlOut() {
        try {
            writer = FACTORY.createXMLStreamWriter(bytes, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static XMLOutputFactory repairingFactory() {
        XMLOutputFactory factory = XMLOutputFactory.newFactory();
        factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
        return factory;
    }

    public static String dateTime(Instant instant) {
        return DATE_TIME.format(instant.truncatedTo(ChronoUnit.MILLIS));
    }

    public static String date(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC).toString();
    }

    public XmlOut start(String namespace, String localName) {
        try {
            writer.writeStartElement(PREFIXES.getOrDefault(namespace, "ns"), localName, namespace);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlOut attribute(String name, String value) {
        try {
            writer.writeAttribute(name, value);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlOut text(String value) {
        try {
            writer.writeCharacters(value);
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    public XmlOut end() {
        try {
            writer.writeEndElement();
            return this;
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A leaf element with text. */
    public XmlOut element(String namespace, String localName, String value) {
        return start(namespace, localName).text(value).end();
    }

    public XmlOut empty(String namespace, String localName) {
        return start(namespace, localName).end();
    }

    byte[] finish() {
        try {
            writer.writeEndDocument();
            writer.close();
            return bytes.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }
}
