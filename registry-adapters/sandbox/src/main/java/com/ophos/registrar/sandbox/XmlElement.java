package com.ophos.registrar.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Read-only view of a DOM element with namespace-aware child lookups. */
public final class XmlElement {
    private final Element element;

    XmlElement(Element element) {
        this.element = element;
    }

    public String namespace() {
        return element.getNamespaceURI() == null ? "" : element.getNamespaceURI();
    }

    public String name() {
        return element.getLocalName();
    }

    public boolean is(String namespace, String localName) {
        return namespace.equals(namespace()) && localName.equals(name());
    }

    public String text() {
        return element.getTextContent().trim();
    }

    public Optional<String> attribute(String name) {
        return element.hasAttribute(name) ? Optional.of(element.getAttribute(name)) : Optional.empty();
    }

    public List<XmlElement> children() {
        List<XmlElement> result = new ArrayList<>();
        for (Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element child) {
                result.add(new XmlElement(child));
            }
        }
        return result;
    }

    public List<XmlElement> children(String namespace, String localName) {
        return children().stream().filter(child -> child.is(namespace, localName)).toList();
    }

    public Optional<XmlElement> child(String namespace, String localName) {
        return children(namespace, localName).stream().findFirst();
    }

    public Optional<String> childText(String namespace, String localName) {
        return child(namespace, localName).map(XmlElement::text);
    }

    public List<String> childTexts(String namespace, String localName) {
        return children(namespace, localName).stream().map(XmlElement::text).toList();
    }

    /** The element, or 2003 naming it. */
    public XmlElement required(String namespace, String localName) throws EppException {
        return child(namespace, localName).orElseThrow(
                () -> new EppException.RequiredParameterMissing("<" + localName + "> is required"));
    }

    public String requiredText(String namespace, String localName) throws EppException {
        String text = required(namespace, localName).text();
        if (text.isEmpty()) {
            throw new EppException.RequiredParameterMissing("<" + localName + "> must not be empty");
        }
        return text;
    }
}
