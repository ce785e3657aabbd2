package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.WireLog;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryAdapterFactory;
import com.ophos.registrar.sandbox.SandboxCertificates;
import com.ophos.registrar.sandbox.SandboxEndpoint;
import com.ophos.registrar.sandbox.SandboxFlavour;
import com.ophos.registrar.sandbox.SandboxRegistry;
import com.ophos.registrar.sandbox.SandboxSettings;
import com.ophos.registrar.sandbox.Tariff;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A sandbox registry of one flavour on a loopback port, and adapters of that flavour connected to it
 * over TLS, configured from {@code adapters/registries.properties} exactly as the application reads
 * {@code registrar.registries.*}. Every adapter writes its wire log to {@link #wireLog()}.
 */
public final class AdapterSandbox implements AutoCloseable {
    public static final Duration AWAIT = Duration.ofSeconds(120);

    private final Vertx vertx = Vertx.vertx();
    private final RegistriesConfig config;
    private final SandboxRegistry sandbox;
    private final Path wireLog;
    private final EppAdapterSupport support;
    private final List<RegistryAdapter> adapters = new ArrayList<>();

    private AdapterSandbox(String registryId, List<String> accountIds) throws IOException {
        this.config = config();
        this.wireLog = Files.createTempDirectory("epp-wire-" + registryId);
        this.sandbox = SandboxRegistry.start(vertx, settings(config, registryId, accountIds),
                SandboxCertificates.shared());
        SandboxEndpoint endpoint = new SandboxEndpoint(sandbox.host(), sandbox.port(),
                sandbox.certificates().clientKeyStore(), sandbox.certificates().password(),
                sandbox.certificates().trustStore(), sandbox.certificates().password());
        this.support = new EppAdapterSupport(vertx, new SimpleMeterRegistry(), id -> endpoint,
                new WireLog(java.util.Optional.of(wireLog)));
    }

    /**
     * @param registryId the registry whose policy the sandbox follows
     * @param accountIds the configured registries (one per registrar account) that log in to it
     */
    public static AdapterSandbox start(String registryId, String... accountIds) {
        try {
            return new AdapterSandbox(registryId, List.of(accountIds));
        } catch (IOException e) {
            throw new IllegalStateException("no temp directory for the wire log", e);
        }
    }

    /** An adapter of the configured registry {@code id}, built by its flavour's factory. */
    @SuppressWarnings("unchecked")
    public <A extends RegistryAdapter> A adapter(java.util.function.Function<EppAdapterSupport,
            RegistryAdapterFactory> factory, String id) {
        RegistryAdapter adapter = factory.apply(support).create(id, config.registries().get(id), config.policy(id));
        adapters.add(adapter);
        return (A) adapter;
    }

    public SandboxRegistry registry() {
        return sandbox;
    }

    public Path wireLog() {
        return wireLog;
    }

    @Override
    public void close() {
        adapters.forEach(adapter -> adapter.close().await().atMost(AWAIT));
        sandbox.close();
        try {
            vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("Vert.x did not stop", e);
        }
    }

    static RegistriesConfig config() throws IOException {
        SmallRyeConfig config = new SmallRyeConfigBuilder()
                .withSources(new PropertiesConfigSource(
                        AdapterSandbox.class.getResource("/adapters/registries.properties"), 100))
                .withMapping(RegistriesConfig.class)
                .withValidateUnknown(false)
                .build();
        return config.getConfigMapping(RegistriesConfig.class);
    }

    /** The sandbox as the application's SandboxRegistries would start it, with every test account. */
    private static SandboxSettings settings(RegistriesConfig config, String registryId, List<String> accountIds) {
        RegistriesConfig.Registry registry = config.registries().get(registryId);
        RegistriesConfig.Policy policy = registry.policy();
        boolean draftFee = registry.extensions().orElse(List.of()).contains(EppNamespaces.FEE_DRAFT);
        SandboxSettings.Builder builder = SandboxSettings.builder(SandboxFlavour.of(registry.flavour()))
                .tlds(registry.tlds())
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
                .maxSessionsPerClient(10)
                .host("127.0.0.1")
                .port(0);
        for (String id : accountIds) {
            RegistriesConfig.Registry account = config.registries().get(id);
            builder.account(account.clientId(), account.password());
        }
        policy.tariffs().forEach((tld, tariff) -> builder.tariff(tld, new Tariff(policy.currency(), tariff.create(),
                tariff.renew(), tariff.transfer(), tariff.restore())));
        return builder.build();
    }
}
