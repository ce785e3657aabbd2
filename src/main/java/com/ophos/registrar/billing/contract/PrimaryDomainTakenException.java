package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** R4: one hosting contract per primary domain (one website). */
public class PrimaryDomainTakenException extends ConflictException {
    public PrimaryDomainTakenException(String domain, long contractId) {
        super("R4", List.of("domain"), domain + " is already the primary domain of contract " + contractId + " (R4)");
    }
}
