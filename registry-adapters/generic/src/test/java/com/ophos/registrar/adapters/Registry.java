package com.ophos.registrar.adapters;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.registry.spi.ContactData;
import com.ophos.registrar.registry.spi.LegalEntity;
import com.ophos.registrar.registry.spi.RegistryException;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/** Test shorthand: waiting for adapter answers, refusals, contact data, unique names and clTRIDs. */
public final class Registry {
    private static final AtomicLong SEQUENCE = new AtomicLong(System.currentTimeMillis() % 100_000);

    private Registry() {
    }

    public static <T> T await(Uni<T> uni) {
        return uni.await().atMost(AdapterSandbox.AWAIT);
    }

    /** The RegistryException the operation fails with; fails the test when it succeeds. */
    public static RegistryException refusal(Uni<?> uni) {
        Throwable failure = null;
        try {
            uni.await().atMost(AdapterSandbox.AWAIT);
        } catch (Throwable t) {
            failure = t;
        }
        assertThat(failure).as("the operation must fail").isInstanceOf(RegistryException.class);
        return (RegistryException) failure;
    }

    public static String unique(String prefix) {
        return prefix + SEQUENCE.incrementAndGet();
    }

    public static String trid() {
        return unique("TEST-TRID-");
    }

    public static ContactData company(String name) {
        return new ContactData(ContactData.Kind.ORGANIZATION, name, Optional.of(name + " SAS"),
                List.of("12 rue de la Paix"), "Paris", Optional.empty(), "75002", "FR", "+33.145678900",
                Optional.empty(), "contact@example.fr",
                Optional.of(new LegalEntity(LegalEntity.Form.COMPANY, Optional.of("552100554"), Optional.empty(),
                        Optional.of("FR40552100554"), Optional.empty(), Optional.empty(), Optional.empty())));
    }

    public static ContactData association(String name) {
        return new ContactData(ContactData.Kind.ORGANIZATION, name, Optional.of(name), List.of("3 place Bellecour"),
                "Lyon", Optional.empty(), "69002", "FR", "+33.478000000", Optional.empty(), "asso@example.fr",
                Optional.of(new LegalEntity(LegalEntity.Form.ASSOCIATION, Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.of("W691234567"), Optional.empty(), Optional.empty())));
    }

    public static ContactData person(String name) {
        return new ContactData(ContactData.Kind.PERSON, name, Optional.empty(), List.of("1 Main Street"),
                "Springfield", Optional.of("IL"), "62701", "US", "+1.2175550100", Optional.empty(),
                "person@example.com", Optional.empty());
    }
}
