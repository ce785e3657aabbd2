package com.ophos.registrar.e2e;

import static com.ophos.registrar.e2e.Gateway.contact;
import static com.ophos.registrar.e2e.Gateway.customer;
import static com.ophos.registrar.e2e.Gateway.domainJson;
import static com.ophos.registrar.e2e.Gateway.newKey;
import static com.ophos.registrar.e2e.Gateway.organizationJson;
import static com.ophos.registrar.e2e.Gateway.registerAndFollow;
import static com.ophos.registrar.e2e.Gateway.uniqueLabel;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.sandbox.SandboxRegistries;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * With the EPP wire log on, registrations at two registries leave every frame on disk, and no file holds
 * an EPP password or a domain's auth code.
 */
@QuarkusTest
@TestProfile(WireLogHasNoSecretsTest.WireLogInTempDirectory.class)
class WireLogHasNoSecretsTest {

    public static class WireLogInTempDirectory implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            try {
                return Map.of("registrar.epp.wire-log", Files.createTempDirectory("epp-wire-").toString());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @ConfigProperty(name = "registrar.epp.wire-log")
    String wireLog;

    @ConfigProperty(name = "registrar.registries.verisign.password")
    String verisignPassword;

    @ConfigProperty(name = "registrar.registries.afnic.password")
    String afnicPassword;

    @Inject
    SandboxRegistries sandboxes;

    @Test
    void framesAreLogged_withoutPasswordsOrAuthCodes() throws IOException {
        long customer = customer();
        long company = contact(organizationJson(customer));
        String com = uniqueLabel() + ".com";
        String fr = uniqueLabel() + ".fr";
        registerAndFollow(domainJson(customer, com, company, company, company), newKey());
        registerAndFollow(domainJson(customer, fr, company, company, company), newKey());
        String comAuthCode = sandboxes.registry("verisign").domain(com).orElseThrow().authInfo();
        String frAuthCode = sandboxes.registry("afnic").domain(fr).orElseThrow().authInfo();

        List<String> frames = frames(Path.of(wireLog));

        assertThat(frames).as("login frames, masked").anyMatch(f -> f.contains("<clID>ophos-vrsn</clID>")
                || f.contains(":clID>ophos-vrsn<"));
        assertThat(frames).as("the .com create was logged").anyMatch(f -> f.contains(com) && f.contains("create"));
        assertThat(frames).as("the .fr create was logged").anyMatch(f -> f.contains(fr) && f.contains("create"));
        assertThat(List.of(comAuthCode, frAuthCode, verisignPassword, afnicPassword)).allSatisfy(secret -> {
            assertThat(secret).hasSizeGreaterThan(5);
            assertThat(frames).noneMatch(frame -> frame.contains(secret));
        });
    }

    private static List<String> frames(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(Files::isRegularFile).map(file -> {
                try {
                    return Files.readString(file, StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).toList();
        }
    }
}
