package com.ophos.registrar.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.registry.spi.RegistryAdapterFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class RegistryRouterTest {
    @Inject
    RegistryRouter router;

    @Test
    void routesByTld() {
        assertThat(router.route("example.com").registryId()).isEqualTo("verisign");
        assertThat(router.route("example.net").registryId()).isEqualTo("verisign");
        assertThat(router.route("xn--caf-dma.fr").registryId()).isEqualTo("afnic");
        assertThat(router.route("example.org").registryId()).isEqualTo("generic");
        assertThat(router.find("example.co.uk")).isEmpty();
        assertThat(router.find("comcom")).isEmpty();
    }

    @Test
    void unknownTldIsARuleViolationOnTheNameField() {
        assertThatThrownBy(() -> router.route("example.museum"))
                .isInstanceOfSatisfying(UnsupportedTldException.class, e -> {
                    assertThat(e.rule()).isNull();
                    assertThat(e.fields()).containsExactly("name");
                    assertThat(e.problemType()).isEqualTo("unsupported-tld");
                });
    }

    @Test
    void aRegistryWithoutAFactoryForItsFlavour_stopsStartupNamingIt() {
        RegistriesConfig config = config(Map.of("acme", registry("acme-flavour", List.of("acme"))));
        assertThatThrownBy(() -> new RegistryRouter(config, factories(), UnaryOperator.identity()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("registry acme")
                .hasMessageContaining("acme-flavour");
    }

    @Test
    void twoFactoriesForOneFlavour_stopStartupNamingTheRegistry() {
        RegistriesConfig config = config(Map.of("acme", registry("twice", List.of("acme"))));
        assertThatThrownBy(() -> new RegistryRouter(config, factories(factory("twice"), factory("twice")),
                UnaryOperator.identity()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("registry acme")
                .hasMessageContaining("2 adapter factories");
    }

    // Minimal dynamic stand-ins: only the methods the router reads before it fails are answered.

    private static RegistriesConfig config(Map<String, RegistriesConfig.Registry> registries) {
        return (RegistriesConfig) Proxy.newProxyInstance(RegistriesConfig.class.getClassLoader(),
                new Class<?>[] {RegistriesConfig.class}, (proxy, method, args) -> {
                    if (method.getName().equals("registries")) {
                        return registries;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RegistriesConfig.Registry registry(String flavour, List<String> tlds) {
        return (RegistriesConfig.Registry) Proxy.newProxyInstance(RegistriesConfig.class.getClassLoader(),
                new Class<?>[] {RegistriesConfig.Registry.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "flavour" -> flavour;
                    case "tlds" -> tlds;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    private static RegistryAdapterFactory factory(String flavour) {
        return (RegistryAdapterFactory) Proxy.newProxyInstance(RegistryAdapterFactory.class.getClassLoader(),
                new Class<?>[] {RegistryAdapterFactory.class}, (proxy, method, args) -> {
                    if (method.getName().equals("flavour")) {
                        return flavour;
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }

    @SuppressWarnings("unchecked")
    private static Instance<RegistryAdapterFactory> factories(RegistryAdapterFactory... factories) {
        return (Instance<RegistryAdapterFactory>) Proxy.newProxyInstance(Instance.class.getClassLoader(),
                new Class<?>[] {Instance.class}, (proxy, method, args) -> {
                    if (method.getName().equals("stream")) {
                        return Stream.of(factories);
                    }
                    throw new UnsupportedOperationException(method.getName());
                });
    }
}
