package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Parses client frames with DTDs, external entities and entity expansion disabled. Each thread keeps one
 * document builder: making a builder sets up a whole parser configuration, which cost the sandbox more than
 * parsing a check frame (JFR of the REST benchmark, BENCHMARKS.md "Session 8"). A builder is reset at the
 * start of every parse, including after a refused frame.
 */
final class EppXmlParser {

    private static final DocumentBuilderFactory FACTORY = hardenedFactory();
    private static final ThreadLocal<DocumentBuilder> BUILDER = ThreadLocal.withInitial(EppXmlParser::newBuilder);

    private EppXmlParser() {
    }

    private static DocumentBuilderFactory hardenedFactory() {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
            factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            factory.setXIncludeAware(false);
            factory.setExpandEntityReferences(false);
            return factory;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser cannot be hardened", e);
        }
    }

    /** The {@code <epp>} root, or 2001 when the frame is not well-formed EPP XML. */
    static XmlElement parse(byte[] frame) throws EppException {
        try {
            XmlElement root = new XmlElement(BUILDER.get().parse(new ByteArrayInputStream(frame)).getDocumentElement());
            if (!root.is(EppNamespaces.EPP, "epp")) {
                throw new EppException.SyntaxError("root element must be <epp> in " + EppNamespaces.EPP);
            }
            return root;
        } catch (SAXException | IOException e) {
            throw new EppException.SyntaxError("XML is not well-formed or not allowed (no DTD/entities)");
        }
    }

    private static DocumentBuilder newBuilder() {
        try {
            DocumentBuilder builder = FACTORY.newDocumentBuilder();
            builder.setErrorHandler(SilentErrors.INSTANCE);
            return builder;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Keeps the default handler from printing parse errors to stderr. */
    private enum SilentErrors implements ErrorHandler {
        INSTANCE;

        @Override
        public void warning(SAXParseException exception) {
        }

        @Override
        public void error(SAXParseException exception) throws SAXException {
            throw exception;
        }

        @Override
        public void fatalError(SAXParseException exception) throws SAXException {
            throw exception;
        }
    }
}
