package com.ophos.registrar.epp.codec;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.Source;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import org.junit.jupiter.api.Assumptions;

/**
 * One schema from the official EPP schemas in the shared folder (eppcom first, then epp, objects and
 * extensions) plus the project's frnic placeholder. The shared folder comes from the system property
 * {@code registrar.shared-dir} (set by surefire), else {@code ../shared}.
 */
final class EppSchemas {
    private static final List<String> ORDER = List.of("eppcom-1.0.xsd", "epp-1.0.xsd", "host-1.0.xsd",
            "domain-1.0.xsd", "contact-1.0.xsd", "secDNS-1.1.xsd", "rgp-1.0.xsd", "fee-1.0.xsd",
            "xmldsig-core-schema.xsd", "mark-1.0.xsd", "signedMark-1.0.xsd", "launch-1.0.xsd",
            "namestoreExt-1.1.xsd", "sync-1.0.xsd");
    private static Schema schema;

    private EppSchemas() {
    }

    static Path sharedDir() {
        return Path.of(Optional.ofNullable(System.getProperty("registrar.shared-dir")).orElse("../shared"));
    }

    static synchronized Schema schema() throws Exception {
        if (schema != null) {
            return schema;
        }
        Path schemas = sharedDir().resolve("epp-schemas");
        Path frnic = sharedDir().resolve("epp-samples/frnic-2.0.stub.xsd");
        Assumptions.assumeTrue(Files.isDirectory(schemas) && Files.isRegularFile(frnic),
                "EPP schemas not found under " + sharedDir().toAbsolutePath()
                        + " (set -Dregistrar.shared-dir): schema validation skipped");
        List<Source> sources = new ArrayList<>();
        for (String name : ORDER) {
            sources.add(schemaDocument(schemas.resolve(name)));
        }
        sources.add(schemaDocument(frnic));
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        schema = factory.newSchema(sources.toArray(Source[]::new));
        return schema;
    }

    /**
     * The W3C xmldsig schema declares a DOCTYPE pointing at w3.org; it is parsed without loading that
     * DTD, so the tests never go to the network.
     */
    private static Source schemaDocument(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        factory.setExpandEntityReferences(false);
        return new DOMSource(factory.newDocumentBuilder().parse(file.toFile()), file.toUri().toString());
    }

    static void validate(byte[] xml) throws Exception {
        Validator validator = schema().newValidator();
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
    }
}
