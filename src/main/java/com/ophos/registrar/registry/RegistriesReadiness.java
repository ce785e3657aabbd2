package com.ophos.registrar.registry;

import com.ophos.registrar.registry.guard.GuardedRegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryHealth;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while every registry can take commands; each registry's sessions and circuit breaker are reported. */
@Readiness
@ApplicationScoped
public class RegistriesReadiness implements HealthCheck {
    private final RegistryRouter router;

    public RegistriesReadiness(RegistryRouter router) {
        this.router = router;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("registries").up();
        for (RegistryAdapter adapter : router.all()) {
            RegistryHealth health = adapter.health();
            response.withData(adapter.registryId(), (health.up() ? "up" : "down") + ", sessions "
                    + health.sessionsOpen() + "/" + health.sessionsMax() + " open, " + health.sessionsBusy()
                    + " busy" + (health.detail() == null || health.detail().isBlank() ? "" : ", " + health.detail()));
            if (adapter instanceof GuardedRegistryAdapter guarded) {
                response.withData(adapter.registryId() + ".circuit", guarded.circuitState().name().toLowerCase());
            }
            if (!health.up()) {
                response.down();
            }
        }
        return response.build();
    }
}
