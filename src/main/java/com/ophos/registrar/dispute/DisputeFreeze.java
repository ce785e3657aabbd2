package com.ophos.registrar.dispute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * What the scheduled jobs ask before renewing, deleting or releasing a name (R3): a name under an
 * active case, or handed over by a decision, is not the customer's to renew or let go any more.
 */
@ApplicationScoped
public class DisputeFreeze {

    /** @param domain A-label, lowercase */
    public boolean isFrozen(String domain) {
        return QuarkusTransaction.joiningExisting().call(() -> DisputeCase.count(
                "domain = ?1 and (state not in ?2 or handedOverAt is not null)", domain,
                List.of(DisputeState.REJECTED, DisputeState.CLOSED)) > 0);
    }
}
