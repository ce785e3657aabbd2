package com.ophos.registrar.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** In the running application the default configuration's three registries are sandboxes. */
@QuarkusTest
@TestProfile(SandboxRegistriesQuarkusTest.SharedDirProperty.class)
class SandboxRegistriesQuarkusTest {

    /**
     * Surefire sets the {@code registrar.shared-dir} system property, which the {@code registrar} config
     * mapping would reject as unknown; main's application.properties turns that check off, this branch's
     * copy predates it.
     */
    public static class SharedDirProperty implements QuarkusTestProfile {
        @Override
        public java.util.Map<String, String> getConfigOverrides() {
            // an ephemeral HTTP port too: other builds on this machine hold the default test port
            return java.util.Map.of("smallrye.config.mapping.validate-unknown", "false", "quarkus.http.test-port", "0");
        }
    }

    @Inject
    SandboxRegistries registries;

    @Test
    void theDefaultRunStartsASandboxPerRegistry() throws Exception {
        assertThat(registries.registry("verisign").settings().flavour()).isEqualTo(SandboxFlavour.VERISIGN);
        assertThat(registries.registry("afnic").settings().flavour()).isEqualTo(SandboxFlavour.AFNIC);
        assertThat(registries.registry("generic").settings().flavour()).isEqualTo(SandboxFlavour.GENERIC);
        SandboxRegistry verisign = registries.registry("verisign");
        try (EppTestClient client = EppTestClient.connect(verisign)) {
            assertThat(client.login("ophos-vrsn", "sandbox-Vrsn1").code()).isEqualTo(1000);
            assertThat(client.send(Domains.info("nothing-here.com", Epp.subProduct("dotCOM"))).code())
                    .isEqualTo(2303);
        }
        assertThat(verisign.commandsReceived(EppCommandType.DOMAIN_INFO)).isEqualTo(1);
    }
}
