package com.ophos.registrar.sandbox;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A tiny element tree for building client frames in tests, written out with StAX. */
final class X {
    private final String namespace;
    private final String prefix;
    private final String localName;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Object> content = new ArrayList<>();

    private X(String namespace, String qualifiedName) {
        this.namespace = namespace;
        int colon = qualifiedName.indexOf(':');
        this.prefix = colon < 0 ? "" : qualifiedName.substring(0, colon);
        this.localName = qualifiedName.substring(colon + 1);
    }

    /** @param content child {@code X}s, text ({@code String}) or {@link Attr}s; nulls are skipped */
    static X el(String namespace, String qualifiedName, Object... content) {
        X element = new X(namespace, qualifiedName);
        for (Object part : content) {
            element.add(part);
        }
        return element;
    }

    static Attr attr(String name, String value) {
        return new Attr(name, value);
    }

    record Attr(String name, String value) {
    }

    X add(Object part) {
        if (part == null) {
            return this;
        }
        if (part instanceof Attr attribute) {
            attributes.put(attribute.name(), attribute.value());
        } else if (part instanceof List<?> list) {
            list.forEach(this::add);
        } else {
            content.add(part);
        }
        return this;
    }

    byte[] bytes() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            XMLOutputFactory factory = XMLOutputFactory.newFactory();
            factory.setProperty(XMLOutputFactory.IS_REPAIRING_NAMESPACES, true);
            XMLStreamWriter writer = factory.createXMLStreamWriter(out, "UTF-8");
            writer.writeStartDocument("UTF-8", "1.0");
            write(writer);
            writer.writeEndDocument();
            writer.close();
            return out.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private void write(XMLStreamWriter writer) throws XMLStreamException {
        writer.writeStartElement(prefix, localName, namespace);
        for (Map.Entry<String, String> attribute : attributes.entrySet()) {
            writer.writeAttribute(attribute.getKey(), attribute.getValue());
        }
        for (Object part : content) {
            if (part instanceof X child) {
                child.write(writer);
            } else {
                writer.writeCharacters(part.toString());
            }
        }
        writer.writeEndElement();
    }
}
