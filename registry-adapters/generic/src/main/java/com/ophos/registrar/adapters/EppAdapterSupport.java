package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.EppClient;
import com.ophos.registrar.epp.WireLog;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.sandbox.SandboxEndpoint;
import com.ophos.registrar.sandbox.SandboxRegistries;
import io.micrometer.core.instrument.MeterRegistry;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * What every adapter factory needs to open an EPP client: Vert.x, metrics, the wire log
 * ({@code registrar.epp.wire-log}, env {@code REGISTRAR_EPP_WIRE_LOG}) and, for {@code sandbox=true}
 * registries, the running sandbox's endpoint.
 */
@ApplicationScoped
public class EppAdapterSupport {
    private final Vertx vertx;
    private final MeterRegistry meters;
    private final Function<String, SandboxEndpoint> sandboxEndpoints;
    private final WireLog wireLog;

    @Inject
    public EppAdapterSupport(Vertx vertx, MeterRegistry meters, Instance<SandboxRegistries> sandboxes,
                             @ConfigProperty(name = "registrar.epp.wire-log") Optional<String> wireLogDirectory) {
        this(vertx, meters, registryId -> sandboxes.get().endpoint(registryId),
                new WireLog(wireLogDirectory.filter(dir -> !dir.isBlank()).map(Path::of)));
    }

    /** For tests and tools that run sandboxes themselves. */
    public EppAdapterSupport(Vertx vertx, MeterRegistry meters, Function<String, SandboxEndpoint> sandboxEndpoints,
                             WireLog wireLog) {
        this.vertx = vertx;
        this.meters = meters;
        this.sandboxEndpoints = sandboxEndpoints;
        this.wireLog = wireLog;
    }

    /** The adapter context of one registry; its EPP client is built on first use. */
    public AdapterContext context(String registryId, RegistriesConfig.Registry registry, RegistryPolicy policy,
                                  List<String> objectUris, List<String> supportedExtensions) {
        LazyEppClient client = new LazyEppClient(() -> {
            Optional<SandboxEndpoint> sandbox = registry.sandbox()
                    ? Optional.of(sandboxEndpoints.apply(registryId)) : Optional.empty();
            return new EppClient(EppClientConfigs.of(registryId, registry, objectUris, supportedExtensions, sandbox),
                    vertx, meters, wireLog);
        });
        return new AdapterContext(registryId, registry.clientId(), registry.policy().currency(), policy, client);
    }
}
