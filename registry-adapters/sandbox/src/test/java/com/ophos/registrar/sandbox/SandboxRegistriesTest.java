package com.ophos.registrar.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.registry.spi.RegistriesConfig;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.core.Vertx;
import java.math.BigDecimal;
import java.net.Socket;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The CDI bean's behaviour, driven with a real {@link RegistriesConfig} mapping (no Quarkus boot). */
class SandboxRegistriesTest {
    private Vertx vertx;
    private SandboxRegistries registries;

    @BeforeEach
    void startSandboxes() {
        vertx = Vertx.vertx();
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withMapping(RegistriesConfig.class)
                .withSources(new PropertiesConfigSource(Map.ofEntries(
                        Map.entry("registrar.registries.verisign.flavour", "verisign"),
                        Map.entry("registrar.registries.verisign.tlds", "com,net"),
                        Map.entry("registrar.registries.verisign.sandbox", "true"),
                        Map.entry("registrar.registries.verisign.port", "0"),
                        Map.entry("registrar.registries.verisign.client-id", "ophos-vrsn"),
                        Map.entry("registrar.registries.verisign.password", "sandbox-Vrsn1"),
                        Map.entry("registrar.registries.verisign.policy.currency", "USD"),
                        Map.entry("registrar.registries.verisign.policy.tariffs.com.create", "10.26"),
                        Map.entry("registrar.registries.verisign.policy.tariffs.com.renew", "10.26"),
                        Map.entry("registrar.registries.verisign.policy.tariffs.com.transfer", "10.26"),
                        Map.entry("registrar.registries.verisign.policy.tariffs.com.restore", "40.00"),
                        Map.entry("registrar.registries.afnic.flavour", "afnic"),
                        Map.entry("registrar.registries.afnic.tlds", "fr"),
                        Map.entry("registrar.registries.afnic.sandbox", "true"),
                        Map.entry("registrar.registries.afnic.port", "0"),
                        Map.entry("registrar.registries.afnic.client-id", "ophos-afnic"),
                        Map.entry("registrar.registries.afnic.password", "sandbox-Afnic1"),
                        Map.entry("registrar.registries.afnic.policy.max-names-per-check", "7"),
                        Map.entry("registrar.registries.real.flavour", "generic"),
                        Map.entry("registrar.registries.real.tlds", "org"),
                        Map.entry("registrar.registries.real.client-id", "ophos-real"),
                        Map.entry("registrar.registries.real.password", "not-a-sandbox")),
                        "test", 500))
                .build();
        registries = new SandboxRegistries(vertx, config.getConfigMapping(RegistriesConfig.class));
        long started = System.nanoTime();
        registries.onStart(null);
        System.out.printf("sandbox registries started in %d ms%n", (System.nanoTime() - started) / 1_000_000);
    }

    @AfterEach
    void stop() {
        registries.onStop(null);
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void startsOneSandboxPerSandboxRegistryWithItsFlavourTldsAndTariffs() {
        SandboxRegistry verisign = registries.registry("verisign");
        assertThat(verisign.settings().flavour()).isEqualTo(SandboxFlavour.VERISIGN);
        assertThat(verisign.settings().tlds()).containsExactly("com", "net");
        assertThat(verisign.settings().tariffs().get("com").create()).isEqualByComparingTo(new BigDecimal("10.26"));
        assertThat(verisign.settings().tariffs().get("com").currency()).isEqualTo("USD");
        assertThat(registries.registry("afnic").settings().maxNamesPerCheck()).isEqualTo(7);
        assertThat(registries.find("real")).isEmpty();
        assertThatThrownBy(() -> registries.endpoint("real")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void endpointsReachARegistryWhereBothAccountsLogIn() throws Exception {
        SandboxEndpoint endpoint = registries.endpoint("afnic");
        SandboxRegistry afnic = registries.registry("afnic");
        assertThat(endpoint.host()).isEqualTo("127.0.0.1");
        assertThat(endpoint.port()).isEqualTo(afnic.port()).isPositive();
        assertThat(endpoint.clientKeyStore().isKeyEntry("client")).isTrue();
        assertThat(endpoint.trustStore().isCertificateEntry("sandbox-ca")).isTrue();
        assertThat(endpoint.toString()).doesNotContain(endpoint.clientKeyStorePassword());
        try (EppTestClient main = EppTestClient.connect(afnic);
             EppTestClient other = EppTestClient.connect(afnic)) {
            assertThat(main.login("ophos-afnic", "sandbox-Afnic1").code()).isEqualTo(1000);
            assertThat(other.login("ophos-afnic-other", "sandbox-Afnic1").code()).isEqualTo(1000);
        }
    }

    @Test
    void stopClosesThePorts() throws Exception {
        int port = registries.endpoint("verisign").port();
        registries.onStop(null);
        // A closed port in the ephemeral range can still "accept": Linux may connect a client socket to
        // itself when it picks that very port as the source (CI run of 2026-11-28 01:45). And once, a
        // connection was still accepted right after the server's close had completed (CI run of 2026-11-28
        // 21:30): the listening socket may go a moment after. The port must refuse within a second.
        long deadline = System.nanoTime() + Duration.ofSeconds(1).toNanos();
        int accepted = 0;
        while (true) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                if (socket.getLocalPort() != port) {
                    accepted++;
                }
            } catch (java.io.IOException refused) {
                return;
            }
            assertThat(System.nanoTime() - deadline).as("%d connections still accepted on %d", accepted, port)
                    .isNegative();
            Thread.sleep(20);
        }
    }
}
