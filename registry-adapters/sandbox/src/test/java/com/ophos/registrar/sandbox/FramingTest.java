package com.ophos.registrar.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 5734 framing limits and hostile or broken XML. */
class FramingTest extends SandboxTestSupport {

    @BeforeEach
    void startRegistry() {
        start(generic().maxFrameBytes(2048));
    }

    @Test
    void aFrameOverTheLimitIs2001AndTheConnectionCloses() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            client.write(new byte[4000]);
            EppReply reply = client.read();
            assertThat(reply.code()).isEqualTo(2001);
            assertThat(client.closedByServer(3000)).isTrue();
        }
    }

    @Test
    void aLengthShorterThanItsHeaderIs2001() throws Exception {
        try (EppTestClient client = EppTestClient.connect(registry)) {
            client.writeRaw(ByteBuffer.allocate(4).putInt(3).array());
            assertThat(client.read().code()).isEqualTo(2001);
            assertThat(client.closedByServer(3000)).isTrue();
        }
    }

    @Test
    void malformedXmlIs2001AndTheSessionGoesOn() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            client.write("<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><command>".getBytes(StandardCharsets.UTF_8));
            assertThat(client.read().code()).isEqualTo(2001);
            assertThat(client.send(Domains.info("after.org")).code()).isEqualTo(2303);
        }
        assertThat(registry.commandsReceived(EppCommandType.MALFORMED)).isEqualTo(1);
    }

    @Test
    void doctypesAndEntitiesAreRefused() throws Exception {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE epp [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<epp xmlns=\"urn:ietf:params:xml:ns:epp-1.0\"><hello/>&x;</epp>";
        try (EppTestClient client = EppTestClient.connect(registry)) {
            client.write(xxe.getBytes(StandardCharsets.UTF_8));
            EppReply reply = client.read();
            assertThat(reply.code()).isEqualTo(2001);
            assertThat(reply.toString()).doesNotContain("root:");
        }
    }

    @Test
    void frameSplitAcrossWritesAndFramesSharingAWriteAreBothRead() throws Exception {
        try (EppTestClient client = EppTestClient.connect(registry)) {
            byte[] hello = Epp.hello().bytes();
            ByteBuffer two = ByteBuffer.allocate(2 * (hello.length + 4));
            two.putInt(hello.length + 4).put(hello).putInt(hello.length + 4).put(hello);
            byte[] bytes = two.array();
            client.writeRaw(java.util.Arrays.copyOfRange(bytes, 0, 7));
            Thread.sleep(100);
            client.writeRaw(java.util.Arrays.copyOfRange(bytes, 7, bytes.length));
            assertThat(client.read().isGreeting()).isTrue();
            assertThat(client.read().isGreeting()).isTrue();
        }
    }

    @Test
    void anUnknownCommandIs2000() throws Exception {
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            EppReply reply = client.send(X.el(Epp.EPP, "epp", X.el(Epp.EPP, "command",
                    X.el(Epp.EPP, "frobnicate", Epp.domain("name", "a.org")))));
            assertThat(reply.code()).isEqualTo(2000);
        }
    }
}
