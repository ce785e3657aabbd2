package com.ophos.registrar.jobs.renewal;

import com.ophos.registrar.dispute.DisputeFreeze;
import com.ophos.registrar.jobs.ItemResult;
import com.ophos.registrar.lifecycle.DeleteDomain;
import com.ophos.registrar.lifecycle.DeletionResult;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A name at a registry that renews and bills at expiry (AFNIC), which its customer will not pay for
 * (contract terminated, suspended or gone), is deleted before the registry renews it.
 */
@ApplicationScoped
public class DeleteBeforeAutoRenewal {
    private final DeleteDomain deleteDomain;
    private final DisputeFreeze disputes;

    DeleteBeforeAutoRenewal(DeleteDomain deleteDomain, DisputeFreeze disputes) {
        this.deleteDomain = deleteDomain;
        this.disputes = disputes;
    }

    public ItemResult run(String domain, String why) {
        if (disputes.isFrozen(domain)) {
            return ItemResult.skipped("domain " + domain + " is frozen by a dispute case (R3): not deleted");
        }
        DeletionResult result = deleteDomain.run(domain, RenewContract.ACTOR, "unpaid-autorenewal:" + domain,
                "R8", "not paid for; deleted before the registry's automatic renewal: " + why);
        return switch (result.status()) {
            case DELETED -> ItemResult.done("deleted before automatic renewal (" + why + ")");
            case PENDING -> ItemResult.done("deletion pending at the registry (operation " + result.operationId() + ")");
            case REFUSED, UNSETTLED -> ItemResult.failed("deletion " + result.status().name().toLowerCase() + ": "
                    + result.detail());
        };
    }
}
