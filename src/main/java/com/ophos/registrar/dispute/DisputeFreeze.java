package com.ophos.registrar.dispute;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What the scheduled jobs ask before renewing, deleting or releasing a name (R3): a name under an
 * active case, or handed over by a decision, is not the customer's to renew or let go any more.
 */
@ApplicationScoped
public class DisputeFreeze {

    /**
     * Asked once per item of every run, hence a plain HQL count without list parameter: Hibernate caches
     * its SQL, whereas Panache's {@code count(...)} derives a new count query that is translated again on
     * every call (with the list parameter it had, a tenth of a renewal item's CPU).
     *
     * @param domain A-label, lowercase
     */
    public boolean isFrozen(String domain) {
        return QuarkusTransaction.joiningExisting().call(() -> DisputeCase.getEntityManager()
                .createQuery("select count(c) from DisputeCase c where c.domain = ?1 "
                        + "and ((c.state <> ?2 and c.state <> ?3) or c.handedOverAt is not null)", Long.class)
                .setParameter(1, domain)
                .setParameter(2, DisputeState.REJECTED)
                .setParameter(3, DisputeState.CLOSED)
                .getSingleResult() > 0);
    }
}
