package com.ophos.registrar.sandbox;

import static com.ophos.registrar.sandbox.Epp.command;
import static com.ophos.registrar.sandbox.Epp.host;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The project's sample frames ({@code epp-samples/}) sent as they are, and the schema check every test
 * client applies to what the server answers.
 */
class SharedSamplesTest extends SandboxTestSupport {
    private Path samples;

    @BeforeEach
    void requireSharedDirectory() {
        samples = EppSchemas.sharedDirectory().resolve("epp-samples");
        assumeTrue(Files.isDirectory(samples) && EppSchemas.schema() != null,
                "shared directory " + EppSchemas.sharedDirectory().toAbsolutePath()
                        + " not found (set -Dregistrar.shared-dir): samples not sent, responses not validated");
        start(verisign());
    }

    @Test
    void sampleFramesGetTheAnswersTheirRulesCallFor() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            assertThat(send(client, "hello.xml").isGreeting()).isTrue();
            EppReply check = send(client, "domain-check-fee-com.xml");
            assertThat(check.code()).isEqualTo(1000);
            assertThat(check.text("//fee:cd[fee:objID='boutique-artisan-lyon.com']/fee:command[@name='create']/fee:fee"))
                    .isEqualTo("10.26");
            client.send(command("create", host("create", host("name", "ns1.gw-hosting.example"))));
            client.send(command("create", host("create", host("name", "ns2.gw-hosting.example"))));
            // the sample acknowledges 21.86 USD for two years; this registry's tariff makes it 20.52
            assertThat(send(client, "domain-create-com-fee.xml").code()).isEqualTo(2004);
            assertThat(registry.domain("hebergement-client-4711.com")).isEmpty();
            assertThat(send(client, "poll-req.xml").code()).isEqualTo(1300);
        }
    }

    @Test
    void serverAnswersAreValidatedAgainstTheOfficialSchemas() {
        byte[] invalid = "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><response/></epp>".getBytes();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EppSchemas.validate(invalid))
                .isInstanceOf(AssertionError.class);
    }

    private EppReply send(EppTestClient client, String sample) throws Exception {
        client.write(Files.readAllBytes(samples.resolve(sample)));
        return client.read();
    }
}
