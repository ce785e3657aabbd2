package com.ophos.registrar.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryAdapterFactory;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The application as configured: one factory bean per flavour, each building an adapter for its
 * configured registry that reaches the sandbox SandboxRegistries started.
 */
@QuarkusTest
class AdapterFactoriesQuarkusTest {
    @Inject
    @Any
    Instance<RegistryAdapterFactory> factories;

    @Inject
    RegistriesConfig config;

    @Test
    void everyConfiguredRegistryGetsAWorkingAdapterFromItsFlavoursFactory() {
        Map<String, RegistryAdapterFactory> byFlavour = factories.stream()
                .collect(Collectors.toMap(RegistryAdapterFactory::flavour, f -> f));
        assertThat(byFlavour).containsKeys("verisign", "afnic", "generic");
        config.registries().forEach((id, registry) -> {
            RegistryAdapter adapter = byFlavour.get(registry.flavour()).create(id, registry, config.policy(id));
            try {
                String name = "factory-check." + registry.tlds().get(0);
                List<DomainAvailability> answers = Registry.await(adapter.checkDomains(
                        new DomainCheck(List.of(name), true)));
                assertThat(answers).singleElement().satisfies(answer -> {
                    assertThat(answer.name()).isEqualTo(name);
                    assertThat(answer.available()).isTrue();
                    assertThat(answer.quote()).isPresent();
                });
                assertThat(adapter.health().up()).isTrue();
            } finally {
                Registry.await(adapter.close());
            }
        });
    }
}
