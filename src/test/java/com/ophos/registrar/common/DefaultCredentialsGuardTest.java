package com.ophos.registrar.common;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The prod profile refuses to start with the development users or key (R23). */
class DefaultCredentialsGuardTest {

    private static Map<String, String> shippedDefaults() {
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.security.users.embedded.users.frontend", "frontend");
        config.put("quarkus.security.users.embedded.users.support", "support");
        config.put("quarkus.security.users.embedded.users.scheduler", "scheduler");
        config.put("registrar.secrets.key", DefaultCredentialsGuard.DEVELOPMENT_SECRETS_KEY);
        return config;
    }

    @Test
    void refusesTheShippedDefaults_namingEachButNoValue() {
        Map<String, String> config = shippedDefaults();
        assertThatThrownBy(() -> DefaultCredentialsGuard.refuseDevelopmentDefaults(k -> Optional.ofNullable(config.get(k))))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("password of user frontend")
                .hasMessageContaining("password of user support")
                .hasMessageContaining("password of user scheduler")
                .hasMessageContaining("registrar.secrets.key")
                .hasMessageNotContaining(DefaultCredentialsGuard.DEVELOPMENT_SECRETS_KEY);
    }

    @Test
    void refusesWhileASinglePasswordIsUnchanged() {
        Map<String, String> config = shippedDefaults();
        config.put("quarkus.security.users.embedded.users.frontend", "x7!long-secret");
        config.put("quarkus.security.users.embedded.users.support", "y8!long-secret");
        config.put("registrar.secrets.key", "bm90LXRoZS1kZXYta2V5LW5vdC10aGUtZGV2LWtleSE=");
        assertThatThrownBy(() -> DefaultCredentialsGuard.refuseDevelopmentDefaults(k -> Optional.ofNullable(config.get(k))))
                .hasMessageContaining("password of user scheduler")
                .hasMessageNotContaining("user frontend").hasMessageNotContaining("user support");
    }

    @Test
    void startsOnceEverythingIsChanged() {
        Map<String, String> config = shippedDefaults();
        config.put("quarkus.security.users.embedded.users.frontend", "x7!long-secret");
        config.put("quarkus.security.users.embedded.users.support", "y8!long-secret");
        config.put("quarkus.security.users.embedded.users.scheduler", "z9!long-secret");
        config.put("registrar.secrets.key", "bm90LXRoZS1kZXYta2V5LW5vdC10aGUtZGV2LWtleSE=");
        assertThatCode(() -> DefaultCredentialsGuard.refuseDevelopmentDefaults(k -> Optional.ofNullable(config.get(k))))
                .doesNotThrowAnyException();
    }

    @Test
    void refusesAMissingSecretsKey() {
        Map<String, String> config = shippedDefaults();
        config.replaceAll((k, v) -> v + "-changed");
        config.remove("registrar.secrets.key");
        assertThatThrownBy(() -> DefaultCredentialsGuard.refuseDevelopmentDefaults(k -> Optional.ofNullable(config.get(k))))
                .hasMessageContaining("registrar.secrets.key");
    }
}
