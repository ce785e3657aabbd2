package com.ophos.registrar.lifecycle;

import com.ophos.registrar.lifecycle.model.Domain;
import java.time.Instant;
import java.util.List;

/**
 * A journalled domain delete, with the rule that asked for it (R15 release, unpaid auto-renewal) and
 * what the name's row held ({@code held}), so that a restore from redemption can bring the row back.
 * {@code held} is null in entries journalled before restores existed.
 */
public record DeletionIntent(String name, Long customerId, String rule, String reason, Held held) {

    /** The domain row as the delete found it, minus what the registry tells again on restore. */
    public record Held(String unicodeName, Long contractId, long holder, Long admin, List<Long> tech,
                       List<String> nameservers, String authInfoSealed, Instant createdAt) {
        public Held {
            tech = List.copyOf(tech);
            nameservers = List.copyOf(nameservers);
        }

        static Held of(Domain domain) {
            return new Held(domain.unicodeName, domain.contractId, domain.holderContactId, domain.adminContactId,
                    domain.techContactIds, domain.nameservers, domain.authInfoEncrypted, domain.createdAt);
        }
    }
}
