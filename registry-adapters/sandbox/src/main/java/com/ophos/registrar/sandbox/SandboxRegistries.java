package com.ophos.registrar.sandbox;

import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAccounts;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Starts one sandbox registry per {@code registrar.registries.<id>} with {@code sandbox=true}, with the
 * configured account, a second account {@code <client-id>-other} (same password) to play the other
 * registrar in transfers, the further accounts configured for it (R24, {@code accounts.<name>}) and
 * the configured tariffs. Stops them on shutdown.
 */
@ApplicationScoped
public class SandboxRegistries {
    /** A registrar's pool reconnecting can briefly overlap the server noticing the old connection close. */
    static final int SESSION_HEADROOM = 2;
    static final Duration TRANSFER_AUTO_APPROVE = Duration.ofDays(5);
    private static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = Logger.getLogger(SandboxRegistries.class);

    private final Vertx vertx;
    private final RegistriesConfig config;
    private final Map<String, SandboxRegistry> running = new ConcurrentHashMap<>();

    public SandboxRegistries(Vertx vertx, RegistriesConfig config) {
        this.vertx = vertx;
        this.config = config;
    }

    /**
     * Binds all sandboxes in parallel; the certificates are generated once, before any of them. Runs before
     * the default-priority startup observers: the registry router ({@code @Startup}) builds the adapters,
     * which ask for the sandbox endpoints.
     */
    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        SandboxCertificates certificates = SandboxCertificates.shared();
        Map<String, CompletableFuture<SandboxRegistry>> starting = new LinkedHashMap<>();
        config.registries().forEach((id, registry) -> {
            if (registry.sandbox()) {
                starting.put(id, SandboxRegistry.listen(vertx, settings(registry), certificates));
            }
        });
        starting.forEach((id, future) -> {
            SandboxRegistry sandbox;
            try {
                sandbox = future.get(STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("sandbox registry " + id + " did not start", e);
            }
            running.put(id, sandbox);
            // R24: further accounts log in to their registry's sandbox.
            config.registries().get(id).accounts().keySet()
                    .forEach(account -> running.put(RegistryAccounts.id(id, account), sandbox));
            LOG.infof("sandbox registry %s (%s) listening on %s:%d", id, sandbox.settings().flavour(),
                    sandbox.host(), sandbox.port());
        });
    }

    void onStop(@Observes ShutdownEvent event) {
        running.values().stream().distinct().forEach(SandboxRegistry::close);
        running.clear();
    }

    /** Connection data for the sandbox standing in for this registry. */
    public SandboxEndpoint endpoint(String registryId) {
        SandboxRegistry sandbox = registry(registryId);
        SandboxCertificates certificates = sandbox.certificates();
        return new SandboxEndpoint(sandbox.host(), sandbox.port(), certificates.clientKeyStore(),
                certificates.password(), certificates.trustStore(), certificates.password());
    }

    /** The running sandbox, for tests to inject faults and inspect state. */
    public SandboxRegistry registry(String registryId) {
        SandboxRegistry sandbox = running.get(registryId);
        if (sandbox == null) {
            throw new IllegalArgumentException("no sandbox runs for registry " + registryId);
        }
        return sandbox;
    }

    public Optional<SandboxRegistry> find(String registryId) {
        return Optional.ofNullable(running.get(registryId));
    }

    static SandboxSettings settings(RegistriesConfig.Registry registry) {
        RegistriesConfig.Policy policy = registry.policy();
        boolean draftFee = registry.extensions().orElse(List.of()).contains(EppNamespaces.FEE_DRAFT);
        SandboxSettings.Builder builder = SandboxSettings.builder(SandboxFlavour.of(registry.flavour()))
                .tlds(registry.tlds())
                .account(registry.clientId(), registry.password())
                .account(registry.clientId() + "-other", registry.password())
                .feeNamespace(draftFee ? EppNamespaces.FEE_DRAFT : EppNamespaces.FEE)
                .maxNamesPerCheck(policy.maxNamesPerCheck())
                .createYears(policy.createYears())
                .renewYears(policy.renewYears())
                .maxNameservers(policy.maxNameservers())
                .addGrace(policy.addGrace())
                .renewGrace(policy.renewGrace())
                .redemption(policy.redemption())
                .pendingDelete(policy.pendingDelete())
                .transferLockAfterCreate(policy.transferLockAfterCreate())
                .transferAutoApprove(TRANSFER_AUTO_APPROVE)
                .maxFrameBytes(registry.sessions().maxFrameBytes())
                .maxSessionsPerClient(registry.sessions().max() + SESSION_HEADROOM)
                .host("127.0.0.1")
                .port(registry.port());
        registry.accounts().values().forEach(account -> builder.account(account.clientId(), account.password()));
        policy.tariffs().forEach((tld, tariff) -> builder.tariff(tld, new Tariff(policy.currency(), tariff.create(),
                tariff.renew(), tariff.transfer(), tariff.restore())));
        return builder.build();
    }
}
