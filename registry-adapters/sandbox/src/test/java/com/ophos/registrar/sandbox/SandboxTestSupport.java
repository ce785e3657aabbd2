package com.ophos.registrar.sandbox;

import io.vertx.core.Vertx;
import java.math.BigDecimal;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;

/** Starts a sandbox per test with two registrar accounts; subclasses pick the flavour. */
abstract class SandboxTestSupport {
    static final String REGISTRAR = "registrar-a";
    static final String PASSWORD = "Passw0rd-A";
    static final String OTHER_REGISTRAR = "registrar-b";
    static final String OTHER_PASSWORD = "Passw0rd-B";
    static final Tariff COM = new Tariff("USD", new BigDecimal("10.26"), new BigDecimal("10.26"),
            new BigDecimal("10.26"), new BigDecimal("40.00"));
    static final Tariff NET = new Tariff("USD", new BigDecimal("11.84"), new BigDecimal("11.84"),
            new BigDecimal("11.84"), new BigDecimal("40.00"));
    static final Tariff ORG = new Tariff("EUR", new BigDecimal("9.50"), new BigDecimal("9.50"),
            new BigDecimal("9.50"), new BigDecimal("35.00"));
    static final Tariff FR = new Tariff("EUR", new BigDecimal("5.07"), new BigDecimal("5.07"),
            new BigDecimal("5.07"), new BigDecimal("5.07"));

    static Vertx vertx;
    SandboxRegistry registry;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @AfterEach
    void stopRegistry() {
        if (registry != null) {
            registry.close();
        }
    }

    static SandboxSettings.Builder verisign() {
        return SandboxSettings.builder(SandboxFlavour.VERISIGN, "com", "net").tariff("com", COM).tariff("net", NET)
                .account(REGISTRAR, PASSWORD).account(OTHER_REGISTRAR, OTHER_PASSWORD);
    }

    static SandboxSettings.Builder afnic() {
        return SandboxSettings.builder(SandboxFlavour.AFNIC, "fr").tariff("fr", FR).maxNamesPerCheck(7)
                .transferLockAfterCreate(java.time.Duration.ZERO)
                .account(REGISTRAR, PASSWORD).account(OTHER_REGISTRAR, OTHER_PASSWORD);
    }

    static SandboxSettings.Builder generic() {
        return SandboxSettings.builder(SandboxFlavour.GENERIC, "org").tariff("org", ORG)
                .account(REGISTRAR, PASSWORD).account(OTHER_REGISTRAR, OTHER_PASSWORD);
    }

    SandboxRegistry start(SandboxSettings.Builder settings) {
        registry = SandboxRegistry.start(vertx, settings.build(), SandboxCertificates.shared());
        return registry;
    }

    EppTestClient loggedIn(String clientId, String password) throws Exception {
        EppTestClient client = EppTestClient.connect(registry);
        EppReply login = client.login(clientId, password);
        if (login.code() != 1000) {
            throw new AssertionError("login failed: " + login);
        }
        return client;
    }
}
