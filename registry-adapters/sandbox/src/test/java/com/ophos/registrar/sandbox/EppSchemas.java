package com.ophos.registrar.sandbox;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.transform.Source;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;

/**
 * The official EPP schemas (+ the frnic stub) from the shared directory, as one schema. The directory
 * comes from {@code -Dregistrar.shared-dir}, else {@code ../shared}; null when absent. The launch,
 * mark, signedMark and XML-DSig schemas are left out: the sandbox never emits them, and the DSig file
 * declares a DTD that would have to be fetched over the network.
 */
final class EppSchemas {
    private static final List<String> FILES = List.of("eppcom-1.0.xsd", "epp-1.0.xsd", "host-1.0.xsd",
            "domain-1.0.xsd", "contact-1.0.xsd", "secDNS-1.1.xsd", "rgp-1.0.xsd", "fee-1.0.xsd",
            "namestoreExt-1.1.xsd", "sync-1.0.xsd");
    private static volatile Schema schema;
    private static volatile boolean loaded;

    private EppSchemas() {
    }

    static Path sharedDirectory() {
        return Path.of(System.getProperty("registrar.shared-dir", "../shared"));
    }

    /** The schema, or null when the shared directory is not there. */
    static synchronized Schema schema() {
        if (loaded) {
            return schema;
        }
        Path shared = sharedDirectory();
        Path schemas = shared.resolve("epp-schemas");
        if (!Files.isDirectory(schemas)) {
            loaded = true;
            return null;
        }
        try {
            List<Source> sources = new ArrayList<>();
            for (String file : FILES) {
                sources.add(new StreamSource(schemas.resolve(file).toFile()));
            }
            sources.add(new StreamSource(shared.resolve("epp-samples/frnic-2.0.stub.xsd").toFile()));
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
            schema = factory.newSchema(sources.toArray(Source[]::new));
            loaded = true;
            return schema;
        } catch (Exception e) {
            throw new IllegalStateException("cannot build the EPP schema from " + schemas, e);
        }
    }

    static void validate(byte[] xml) {
        Schema current = schema();
        if (current == null) {
            return;
        }
        try {
            Validator validator = current.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StreamSource(new ByteArrayInputStream(xml)));
        } catch (Exception e) {
            throw new AssertionError("response is not valid EPP: " + e.getMessage() + "\n"
                    + new String(xml, java.nio.charset.StandardCharsets.UTF_8), e);
        }
    }
}
