package com.ophos.registrar.adapters;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.w3c.dom.bootstrap.DOMImplementationRegistry;
import org.w3c.dom.ls.DOMImplementationLS;
import org.w3c.dom.ls.LSInput;
import org.xml.sax.SAXException;

/**
 * Validates the frames an adapter sent (wire log {@code *-out.xml}) against the official EPP schemas
 * in {@code <shared>/epp-schemas} plus the frnic placeholder in {@code <shared>/epp-samples}. The
 * shared directory is the system property {@code registrar.shared-dir}, else {@code ../shared}.
 */
public final class SentFrames {
    /** Dependencies first: a schema's imports must already be in the set. */
    private static final List<String> SCHEMAS = List.of("eppcom-1.0.xsd", "epp-1.0.xsd", "host-1.0.xsd",
            "domain-1.0.xsd", "contact-1.0.xsd", "secDNS-1.1.xsd", "rgp-1.0.xsd", "fee-1.0.xsd",
            "xmldsig-core-schema.xsd", "mark-1.0.xsd", "signedMark-1.0.xsd", "launch-1.0.xsd",
            "namestoreExt-1.1.xsd", "sync-1.0.xsd");
    private static final String EPP = "urn:ietf:params:xml:ns:epp-1.0";
    /** The wire log masks passwords as "***"; the login schema wants 6 to 16 characters. */
    private static final String MASK = "***";
    private static final String MASK_STANDING_IN = "masked";

    private SentFrames() {
    }

    /** The shared directory, when this checkout has it. */
    public static Optional<Path> sharedDirectory() {
        Path dir = Path.of(System.getProperty("registrar.shared-dir", "../shared"));
        return Files.isDirectory(dir.resolve("epp-schemas")) ? Optional.of(dir) : Optional.empty();
    }

    /** Every sent frame that fails validation, as "file: error"; also fails when none was sent. */
    public static List<String> invalid(Path shared, Path wireLog) throws Exception {
        Schema schema = schema(shared);
        List<Path> frames;
        try (Stream<Path> files = Files.list(wireLog)) {
            frames = files.filter(f -> f.getFileName().toString().endsWith("-out.xml")).sorted().toList();
        }
        if (frames.isEmpty()) {
            return List.of("no frame was sent");
        }
        List<String> problems = new ArrayList<>();
        for (Path frame : frames) {
            Validator validator = schema.newValidator();
            try {
                validator.validate(new DOMSource(unmasked(Files.readAllBytes(frame))));
            } catch (SAXException e) {
                problems.add(frame.getFileName() + ": " + e.getMessage());
            }
        }
        return problems;
    }

    public static long count(Path wireLog) throws IOException {
        try (Stream<Path> files = Files.list(wireLog)) {
            return files.filter(f -> f.getFileName().toString().endsWith("-out.xml")).count();
        }
    }

    private static Schema schema(Path shared) throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        // xmldsig-core-schema.xsd names the W3C's XMLSchema.dtd on the web: never fetched, read as empty.
        factory.setResourceResolver((type, namespace, publicId, systemId, baseUri) ->
                systemId != null && systemId.endsWith(".dtd") ? emptyInput(publicId, systemId) : null);
        List<Source> sources = new ArrayList<>();
        for (String name : SCHEMAS) {
            sources.add(new StreamSource(shared.resolve("epp-schemas").resolve(name).toFile()));
        }
        sources.add(new StreamSource(shared.resolve("epp-samples").resolve("frnic-2.0.stub.xsd").toFile()));
        return factory.newSchema(sources.toArray(Source[]::new));
    }

    private static LSInput emptyInput(String publicId, String systemId) {
        try {
            LSInput input = ((DOMImplementationLS) DOMImplementationRegistry.newInstance()
                    .getDOMImplementation("LS")).createLSInput();
            input.setPublicId(publicId);
            input.setSystemId(systemId);
            // Non-empty: an empty input makes the parser fall back to fetching the system id.
            input.setCharacterStream(new java.io.StringReader("<!-- W3C XMLSchema.dtd not loaded -->"));
            return input;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("no DOM LS implementation", e);
        }
    }

    /** Login passwords the wire log masked get a stand-in of legal length; nothing else changes. */
    private static Document unmasked(byte[] frame) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(frame));
        for (String element : List.of("pw", "newPW")) {
            NodeList nodes = document.getElementsByTagNameNS(EPP, element);
            for (int i = 0; i < nodes.getLength(); i++) {
                Element pw = (Element) nodes.item(i);
                if (pw.getTextContent().equals(MASK)) {
                    pw.setTextContent(MASK_STANDING_IN);
                }
            }
        }
        return document;
    }
}
