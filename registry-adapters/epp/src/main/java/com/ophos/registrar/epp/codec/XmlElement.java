package com.ophos.registrar.epp.codec;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed element: the reader turns a frame into this small tree first, then maps it to the model, so
 * that every "missing element" becomes a typed protocol error in one place.
 */
record XmlElement(String namespace, String localName, Map<String, String> attributes, List<XmlElement> children,
                  String text) {

    boolean is(String ns, String name) {
        return namespace.equals(ns) && localName.equals(name);
    }

    Optional<XmlElement> child(String ns, String name) {
        for (XmlElement c : children) {
            if (c.is(ns, name)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    XmlElement require(String ns, String name) {
        return child(ns, name).orElseThrow(() -> new MalformedFrame(
                "<" + localName + "> lacks <" + name + ">"));
    }

    List<XmlElement> all(String ns, String name) {
        List<XmlElement> found = new ArrayList<>();
        for (XmlElement c : children) {
            if (c.is(ns, name)) {
                found.add(c);
            }
        }
        return found;
    }

    Optional<String> childText(String ns, String name) {
        return child(ns, name).map(XmlElement::trimmedText);
    }

    String requireText(String ns, String name) {
        return require(ns, name).trimmedText();
    }

    String trimmedText() {
        return text.trim();
    }

    Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    String requireAttribute(String name) {
        return attribute(name).orElseThrow(() -> new MalformedFrame(
                "<" + localName + "> lacks attribute " + name));
    }

    /** Thrown inside the codec and turned into an {@code EppProtocolException} at its boundary. */
    static final class MalformedFrame extends RuntimeException {
        MalformedFrame(String message) {
            super(message);
        }
    }
}
