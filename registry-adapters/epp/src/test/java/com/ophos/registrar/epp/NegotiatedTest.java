package com.ophos.registrar.epp;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.Greeting;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NegotiatedTest {

    private static Greeting offering(List<String> objects, List<String> extensions) {
        return new Greeting("sv", Instant.EPOCH, List.of("1.0"), List.of("en"), objects, extensions, Optional.empty());
    }

    @Test
    void onlyUrisBothSidesKnowAreUsedInTheAdaptersOrder() {
        Negotiated n = Negotiated.from(
                offering(List.of(EppNamespaces.HOST, EppNamespaces.DOMAIN),
                        List.of(EppNamespaces.NAMESTORE, EppNamespaces.SEC_DNS, EppNamespaces.FEE)),
                List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT),
                List.of(EppNamespaces.SEC_DNS, EppNamespaces.RGP, EppNamespaces.FEE));
        assertThat(n.objectUris()).containsExactly(EppNamespaces.DOMAIN);
        assertThat(n.extensionUris()).containsExactly(EppNamespaces.SEC_DNS, EppNamespaces.FEE);
        assertThat(n.feeNamespace()).contains(EppNamespaces.FEE);
        assertThat(n.hasExtension(EppNamespaces.FEE_DRAFT)).isTrue();
        assertThat(n.hasExtension(EppNamespaces.NAMESTORE)).isFalse();
    }

    @Test
    void feeNamespaceFollowsTheGreetingPreferringRfc8748() {
        List<String> wanted = List.of(EppNamespaces.FEE);
        assertThat(Negotiated.from(offering(List.of(), List.of(EppNamespaces.FEE_DRAFT)), List.of(), wanted)
                .extensionUris()).containsExactly(EppNamespaces.FEE_DRAFT);
        assertThat(Negotiated.from(offering(List.of(), List.of(EppNamespaces.FEE_DRAFT, EppNamespaces.FEE)),
                List.of(), wanted).feeNamespace()).contains(EppNamespaces.FEE);
        assertThat(Negotiated.from(offering(List.of(), List.of(EppNamespaces.FEE)), List.of(), List.of())
                .feeNamespace()).isEmpty();
    }

    @Test
    void clTridsAreUniqueAndFitRfc5730() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            String id = ClTrid.next("GW-INFO");
            assertThat(id.length()).isBetween(3, 64);
            assertThat(seen.add(id)).isTrue();
        }
    }
}
