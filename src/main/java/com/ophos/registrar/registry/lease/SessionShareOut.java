package com.ophos.registrar.registry.lease;

import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAccounts;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.SharedSessions;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * This instance's heartbeat on the session leases: every {@code heartbeat} it claims its share of each
 * registry account's {@code sessions.max} for {@code ttl} and sets its EPP pool to that share. Every
 * account is leased on its own (R24: a further account is another registrar login, with a session limit
 * of its own), under its routed id. A plain thread,
 * not a (clustered) Quartz job: every instance must beat for itself. On shutdown the leases are given
 * back; after a crash they return once expired.
 */
@ApplicationScoped
public class SessionShareOut {
    private static final Logger LOG = Logger.getLogger(SessionShareOut.class);

    private final SessionLeases leases;
    private final RegistriesConfig registries;
    private final RegistryRouter router;
    private final boolean enabled;
    private final Duration heartbeat;
    private final Duration ttl;
    private final String instance;
    private final Map<String, Long> renewedAt = new ConcurrentHashMap<>();
    private ScheduledExecutorService beat;

    public SessionShareOut(SessionLeases leases, RegistriesConfig registries, RegistryRouter router,
                           @ConfigProperty(name = "registrar.session-leases.enabled", defaultValue = "true")
                           boolean enabled,
                           @ConfigProperty(name = "registrar.session-leases.heartbeat", defaultValue = "PT10S")
                           Duration heartbeat,
                           @ConfigProperty(name = "registrar.session-leases.ttl", defaultValue = "PT30S")
                           Duration ttl,
                           @ConfigProperty(name = "registrar.session-leases.instance-id")
                           Optional<String> instance) {
        this.leases = leases;
        this.registries = registries;
        this.router = router;
        this.enabled = enabled;
        this.heartbeat = heartbeat;
        this.ttl = ttl;
        this.instance = instance.orElse("gateway-" + UUID.randomUUID());
        if (enabled && ttl.compareTo(heartbeat.multipliedBy(2)) < 0) {
            throw new IllegalStateException("registrar.session-leases.ttl (" + ttl
                    + ") must be at least twice the heartbeat (" + heartbeat + ")");
        }
    }

    void onStart(@Observes StartupEvent start) {
        if (!enabled) {
            return;
        }
        beat = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "session-leases");
            thread.setDaemon(true);
            return thread;
        });
        beat.scheduleWithFixedDelay(this::claimAll, 0, heartbeat.toMillis(), TimeUnit.MILLISECONDS);
    }

    void onStop(@Observes ShutdownEvent stop) {
        if (beat == null) {
            return;
        }
        beat.shutdownNow();
        accounts().keySet().forEach(id -> {
            try {
                leases.release(id, instance);
            } catch (RuntimeException e) {
                LOG.warnf("session lease of %s not released (it expires): %s", id, e.getClass().getSimpleName());
            }
        });
    }

    /**
     * One heartbeat. A registry whose claim fails keeps its share while its lease still runs; once the
     * lease has expired others may hold that share, so this instance drops to no session.
     */
    void claimAll() {
        accounts().forEach((id, limit) -> {
            try {
                share(id, leases.claim(id, instance, limit, ttl));
                renewedAt.put(id, System.nanoTime());
            } catch (RuntimeException e) {
                LOG.warnf("session lease of %s not renewed: %s", id, e.getClass().getSimpleName());
                Long last = renewedAt.get(id);
                if (last == null || System.nanoTime() - last >= ttl.toNanos()) {
                    share(id, 0);
                }
            }
        });
    }

    /** Routed id (main account, or {@code <registry>.<account>}) → its session limit. */
    private Map<String, Integer> accounts() {
        Map<String, Integer> limits = new LinkedHashMap<>();
        registries.registries().forEach((id, registry) -> {
            limits.put(id, registry.sessions().max());
            registry.accounts().keySet().forEach(name ->
                    limits.put(RegistryAccounts.id(id, name), registry.sessions().max()));
        });
        return limits;
    }

    private void share(String registryId, int sessions) {
        Optional<RegistryAdapter> adapter = router.byId(registryId);
        if (adapter.isPresent() && adapter.get() instanceof SharedSessions shared) {
            shared.shareSessions(sessions);
        }
    }
}
