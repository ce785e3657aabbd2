package com.ophos.registrar.dispute;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code registrar.disputes.*}: how long a registry command may take and where notices come from. */
@ConfigMapping(prefix = "registrar.disputes")
public interface DisputesConfig {

    /** Longest wait for one registry answer; past it the outcome is unknown and the step retryable. */
    @WithDefault("PT60S")
    Duration registryTimeout();

    @WithDefault("disputes@localhost")
    String mailFrom();
}
