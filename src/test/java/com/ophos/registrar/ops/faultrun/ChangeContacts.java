package com.ophos.registrar.ops.faultrun;

import java.util.Optional;
import java.util.Random;

/**
 * Changes how an idle contact is reached (email and street; its identity stays, so no holder change)
 * through {@code PATCH /api/v1/contacts/{id}}: the gateway propagates it to the registry's copy. Each
 * change of a contact is numbered, so the audit can tell which one the registry and our record hold.
 */
final class ChangeContacts implements OperationGenerator {
    private final int weight;

    ChangeContacts(int weight) {
        this.weight = weight;
    }

    /** The email a contact's {@code version}-th change gives it. */
    static String email(long contact, int version) {
        return "agent" + contact + "-v" + version + "@ophos.example";
    }

    @Override
    public String name() {
        return "contact-change";
    }

    @Override
    public int weight() {
        return weight;
    }

    @Override
    public Optional<Submitted> submit(FaultRunWorld world, Random random) {
        return world.checkOutContact(random).flatMap(change -> {
            long contact = change.getKey();
            int version = change.getValue();
            String body = """
                    {"email":"%s","address":{"street":["%d rue de la Paix"],"city":"Paris","postalCode":"75002",
                     "countryCode":"FR"}}""".formatted(email(contact, version), version);
            return world.contactChangeAccepted(name(), contact,
                    world.frontend(random).body(body).patch("/api/v1/contacts/" + contact));
        });
    }
}
