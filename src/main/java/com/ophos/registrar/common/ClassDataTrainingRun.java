package com.ophos.registrar.common;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The training start of {@code ./mvnw package}: the gateway starts as the README runs it, lets the work
 * that follows start-up happen (resuming the journal, leasing sessions, registry logins), then exits so
 * the JVM writes its class-data archive ({@code -XX:ArchiveClassesAtExit}). A start that maps that archive
 * skips parsing and verifying the ~16,000 classes a start loads, which were most of its CPU.
 */
@ApplicationScoped
public class ClassDataTrainingRun {
    private static final Logger LOG = Logger.getLogger(ClassDataTrainingRun.class);

    @ConfigProperty(name = "registrar.class-data-training.enabled", defaultValue = "false")
    boolean enabled;

    @ConfigProperty(name = "registrar.class-data-training.linger", defaultValue = "PT2S")
    Duration linger;

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        Thread exit = new Thread(() -> {
            try {
                Thread.sleep(linger.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LOG.info("class-data training start done, exiting");
            Quarkus.asyncExit(0);
        }, "class-data-training");
        exit.setDaemon(true);
        exit.start();
    }
}
