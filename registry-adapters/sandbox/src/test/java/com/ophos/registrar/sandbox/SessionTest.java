package com.ophos.registrar.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;

/** Greeting per flavour, TLS client certificate, login rules, hello, logout, idle timeout. */
class SessionTest extends SandboxTestSupport {

    @Test
    void verisignGreetingAnnouncesHostObjectsAndItsExtensions() throws Exception {
        start(verisign());
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.greeting().isGreeting()).isTrue();
            assertThat(client.greeting().texts("//epp:objURI"))
                    .containsExactly(EppNamespaces.DOMAIN, EppNamespaces.CONTACT, EppNamespaces.HOST);
            assertThat(client.greeting().texts("//epp:extURI")).containsExactlyInAnyOrder(EppNamespaces.SEC_DNS,
                    EppNamespaces.RGP, EppNamespaces.FEE, EppNamespaces.NAMESTORE, EppNamespaces.SYNC);
        }
    }

    @Test
    void verisignCanAnnounceTheDraftFeeNamespace() throws Exception {
        start(verisign().feeNamespace(EppNamespaces.FEE_DRAFT));
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.greeting().texts("//epp:extURI")).contains(EppNamespaces.FEE_DRAFT)
                    .doesNotContain(EppNamespaces.FEE);
        }
    }

    @Test
    void afnicGreetingHasFrnicNoFeeAndNoHostObjects() throws Exception {
        start(afnic());
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.greeting().texts("//epp:objURI"))
                    .containsExactly(EppNamespaces.DOMAIN, EppNamespaces.CONTACT);
            assertThat(client.greeting().texts("//epp:extURI"))
                    .containsExactlyInAnyOrder(EppNamespaces.SEC_DNS, EppNamespaces.RGP, EppNamespaces.FRNIC);
        }
    }

    @Test
    void genericGreetingOffersRfc8748Fees() throws Exception {
        start(generic());
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.greeting().texts("//epp:extURI"))
                    .containsExactlyInAnyOrder(EppNamespaces.SEC_DNS, EppNamespaces.RGP, EppNamespaces.FEE);
        }
    }

    @Test
    void clientWithoutCertificateIsRefusedAtTheHandshake() {
        start(generic());
        assertThatThrownBy(() -> EppTestClient.connect(registry, false, true))
                .isInstanceOfAny(SSLException.class, java.net.SocketException.class, java.io.EOFException.class);
    }

    @Test
    void helloAnswersWithTheGreeting() throws Exception {
        start(generic());
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.send(Epp.hello()).isGreeting()).isTrue();
        }
        assertThat(registry.commandsReceived(EppCommandType.HELLO)).isEqualTo(1);
    }

    @Test
    void loginSucceedsAndLogoutEndsTheSession() throws Exception {
        start(generic());
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.login(REGISTRAR, PASSWORD).code()).isEqualTo(1000);
            assertThat(registry.activeSessions(REGISTRAR)).isEqualTo(1);
            assertThat(client.send(Epp.logout()).code()).isEqualTo(1500);
            assertThat(client.closedByServer(2000)).isTrue();
        }
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(2))
                .until(() -> registry.activeSessions(REGISTRAR) == 0);
    }

    @Test
    void commandsBeforeLoginAreAUseError() throws Exception {
        start(generic());
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.send(Epp.command("check", Epp.domain("check", Epp.domain("name", "a.org")))).code())
                    .isEqualTo(2002);
        }
    }

    @Test
    void wrongPasswordIs2200AndTheThirdFailureClosesTheConnection() throws Exception {
        start(generic().maxLoginFailures(3));
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.login(REGISTRAR, "wrong-pass1").code()).isEqualTo(2200);
            assertThat(client.login("nobody", PASSWORD).code()).isEqualTo(2200);
            EppReply third = client.login(REGISTRAR, "wrong-pass3");
            assertThat(third.code()).isEqualTo(2501);
            assertThat(third.text("//epp:msg")).doesNotContain("wrong-pass3");
            assertThat(client.closedByServer(2000)).isTrue();
        }
    }

    @Test
    void unannouncedObjectOrExtensionUriIs2307() throws Exception {
        start(afnic());
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.login(REGISTRAR, PASSWORD, List.of(EppNamespaces.DOMAIN, EppNamespaces.HOST),
                    List.of()).code()).isEqualTo(2307);
            assertThat(client.login(REGISTRAR, PASSWORD, List.of(EppNamespaces.DOMAIN),
                    List.of(EppNamespaces.FEE)).code()).isEqualTo(2307);
            assertThat(client.login(REGISTRAR, PASSWORD, List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT),
                    List.of(EppNamespaces.FRNIC)).code()).isEqualTo(1000);
        }
    }

    @Test
    void extensionNotSelectedAtLoginIs2103() throws Exception {
        start(generic());
        try (EppTestClient client = EppTestClient.connect(registry)) {
            client.login(REGISTRAR, PASSWORD, List.of(EppNamespaces.DOMAIN), List.of());
            EppReply reply = client.send(Epp.command("check", Epp.domain("check", Epp.domain("name", "a.org")),
                    Epp.fee("check", Epp.fee("command", X.attr("name", "create")))));
            assertThat(reply.code()).isEqualTo(2103);
            assertThat(client.send(Epp.command("info", Epp.host("info", Epp.host("name", "ns1.a.org")))).code())
                    .isEqualTo(2307);
        }
    }

    @Test
    void newPasswordReplacesTheOldOne() throws Exception {
        start(generic());
        try (EppTestClient client = EppTestClient.connect(registry)) {
            EppReply reply = client.send(Epp.login(REGISTRAR, PASSWORD, List.of(EppNamespaces.DOMAIN), List.of(),
                    "N3w-Passw0rd"));
            assertThat(reply.code()).isEqualTo(1000);
        }
        try (EppTestClient client = EppTestClient.connect(registry)) {
            assertThat(client.login(REGISTRAR, PASSWORD).code()).isEqualTo(2200);
            assertThat(client.login(REGISTRAR, "N3w-Passw0rd").code()).isEqualTo(1000);
        }
    }

    @Test
    void sessionsBeyondTheLimitAre2502AndClosed() throws Exception {
        start(generic().maxSessionsPerClient(2));
        try (EppTestClient first = loggedIn(REGISTRAR, PASSWORD);
             EppTestClient second = loggedIn(REGISTRAR, PASSWORD);
             EppTestClient third = EppTestClient.connect(registry)) {
            assertThat(third.login(REGISTRAR, PASSWORD).code()).isEqualTo(2502);
            assertThat(third.closedByServer(2000)).isTrue();
            try (EppTestClient other = loggedIn(OTHER_REGISTRAR, OTHER_PASSWORD)) {
                assertThat(registry.activeSessions(OTHER_REGISTRAR)).isEqualTo(1);
            }
        }
    }

    @Test
    void secondLoginOnOneSessionIsAUseError() throws Exception {
        start(generic());
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            assertThat(client.login(REGISTRAR, PASSWORD).code()).isEqualTo(2002);
        }
    }

    @Test
    void idleSessionsAreClosed() throws Exception {
        start(generic().idleTimeout(Duration.ofMillis(300)));
        try (EppTestClient client = loggedIn(REGISTRAR, PASSWORD)) {
            assertThat(client.closedByServer(3000)).isTrue();
        }
    }
}
