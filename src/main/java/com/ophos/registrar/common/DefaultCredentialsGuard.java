package com.ophos.registrar.common;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The development users (frontend/frontend, support/support, scheduler/scheduler) and the development
 * secrets key ship in the default configuration so a newcomer can start the gateway at once. In the
 * {@code prod} profile the gateway refuses to start while any of them is unchanged (R23: personal
 * passwords).
 */
@ApplicationScoped
public class DefaultCredentialsGuard {
    static final Map<String, String> DEVELOPMENT_USERS =
            Map.of("frontend", "frontend", "support", "support", "scheduler", "scheduler");
    static final String USER_PASSWORD_KEY = "quarkus.security.users.embedded.users.";
    static final String SECRETS_KEY = "registrar.secrets.key";
    static final String DEVELOPMENT_SECRETS_KEY = "c3KZ0TmvmH3nC+zbn9YJ9bt1oBwPBhxR4MDE3DkykGw=";

    void onStart(@Observes StartupEvent start, Config config) {
        if (ConfigUtils.getProfiles().contains("prod")) {
            refuseDevelopmentDefaults(name -> config.getOptionalValue(name, String.class));
        }
    }

    /** Throws naming every unchanged default (never the values) so the operator fixes them at once. */
    static void refuseDevelopmentDefaults(java.util.function.Function<String, Optional<String>> config) {
        List<String> unchanged = new ArrayList<>();
        DEVELOPMENT_USERS.forEach((user, password) -> {
            if (config.apply(USER_PASSWORD_KEY + user).map(password::equals).orElse(false)) {
                unchanged.add("password of user " + user);
            }
        });
        if (config.apply(SECRETS_KEY).map(DEVELOPMENT_SECRETS_KEY::equals).orElse(true)) {
            unchanged.add(SECRETS_KEY);
        }
        if (!unchanged.isEmpty()) {
            throw new IllegalStateException("refusing to start in the prod profile with development defaults: "
                    + String.join(", ", unchanged.stream().sorted().toList())
                    + " (set them, e.g. QUARKUS_SECURITY_USERS_EMBEDDED_USERS_FRONTEND, REGISTRAR_SECRETS_KEY)");
        }
    }
}
