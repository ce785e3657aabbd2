package com.ophos.registrar.dispute;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code registrar.disputes.*}: how long a registry command may take and how auth codes are made. */
@ConfigMapping(prefix = "registrar.disputes")
public interface DisputesConfig {

    /** Longest wait for one registry answer; past it the outcome is unknown and the step retryable. */
    @WithDefault("PT60S")
    Duration registryTimeout();

    /** Length of an auth code released by a hand-over (6-16 satisfies Verisign, AFNIC and RFC 5731). */
    @WithDefault("16")
    int authCodeLength();

    @WithDefault("disputes@localhost")
    String mailFrom();
}
