package com.ophos.registrar.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.registry.inmemory.InMemoryRegistries;
import com.ophos.registrar.registry.inmemory.InMemoryRegistry;
import com.ophos.registrar.registry.inmemory.InMemoryRegistryFactory;
import com.ophos.registrar.registry.spi.PriceSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(InMemoryRegistries.class)
class CheckDomainsTest {
    @Inject
    CheckDomains checkDomains;
    @Inject
    InMemoryRegistryFactory registries;

    @Test
    void eachNameGetsItsOwnEntry_andBadNamesAreNeverSent() {
        String good = "check-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        InMemoryRegistry verisign = registries.registry("verisign");
        int before = verisign.commands().size();

        List<NameCheck> results = checkDomains.run(List.of(good, "-bad.com", "name.unknowntld")).await().indefinitely();

        assertThat(results).extracting(NameCheck::input).containsExactly(good, "-bad.com", "name.unknowntld");
        assertThat(results.get(0).available()).isTrue();
        assertThat(results.get(0).registryId()).contains("verisign");
        assertThat(results.get(1).available()).isFalse();
        assertThat(results.get(1).reason()).contains("invalid-name: leading-hyphen");
        assertThat(results.get(2).available()).isFalse();
        assertThat(results.get(2).reason()).contains("unsupported-tld");
        assertThat(verisign.commands().subList(before, verisign.commands().size()))
                .containsExactly("check " + good);
    }

    @Test
    void batchesRespectEachRegistrysLimit() {
        InMemoryRegistry afnic = registries.registry("afnic");
        int before = afnic.commands().size();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            names.add("batch-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + ".fr");
        }

        List<NameCheck> results = checkDomains.run(names).await().indefinitely();

        assertThat(results).hasSize(15).allMatch(NameCheck::available);
        List<String> sent = afnic.commands().subList(before, afnic.commands().size());
        assertThat(sent).hasSize(3); // afnic: max-names-per-check=7 → 7 + 7 + 1
        assertThat(sent).allMatch(c -> c.split(",").length <= 7);
    }

    @Test
    void pricesComeFromTheFeeExtensionOrTheConfiguredTariff() {
        String com = "price-" + UUID.randomUUID().toString().substring(0, 8) + ".com";
        String fr = "price-" + UUID.randomUUID().toString().substring(0, 8) + ".fr";

        List<NameCheck> results = checkDomains.run(List.of(com, fr)).await().indefinitely();

        assertThat(results.get(0).quote()).hasValueSatisfying(q -> {
            assertThat(q.source()).isEqualTo(PriceSource.REGISTRY_FEE_EXTENSION);
            assertThat(q.createPerYear().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("10.26"));
            assertThat(q.createPerYear().orElseThrow().currency()).isEqualTo("USD");
        });
        assertThat(results.get(1).quote()).hasValueSatisfying(q -> {
            assertThat(q.source()).isEqualTo(PriceSource.CONFIGURED_TARIFF);
            assertThat(q.createPerYear().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("5.07"));
            assertThat(q.renewPerYear().orElseThrow().currency()).isEqualTo("EUR");
        });
    }

    @Test
    void idnNamesAreCheckedByTheirALabel() {
        String unicode = "café-" + UUID.randomUUID().toString().substring(0, 6) + ".fr";
        NameCheck result = checkDomains.run(List.of(unicode)).await().indefinitely().get(0);
        assertThat(result.name().orElseThrow().aLabel()).startsWith("xn--");
        assertThat(result.name().orElseThrow().uLabel()).isEqualTo(unicode);
    }
}
