package com.ophos.registrar.epp.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registry Grace Period restore (RFC 3915), carried by an otherwise empty domain:update. */
public sealed interface RgpExtension extends CommandExtension {

    @Override
    default String namespace() {
        return EppNamespaces.RGP;
    }

    record RestoreRequest() implements RgpExtension {
    }

    /** The restore report; {@code statements} are the two statements RFC 3915 section 4.2.5 requires. */
    record RestoreReport(String preData, String postData, Instant deletedAt, Instant restoredAt, String reason,
                         List<String> statements, Optional<String> other) implements RgpExtension {
        public RestoreReport {
            statements = List.copyOf(statements);
            other = other == null ? Optional.empty() : other;
            if (statements.size() != 2) {
                throw new IllegalArgumentException("a restore report carries exactly two statements");
            }
        }
    }
}
