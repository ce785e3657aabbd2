package com.ophos.registrar.api.dispute;

import com.ophos.registrar.dispute.CloseDispute;
import com.ophos.registrar.dispute.DisputeAction;
import com.ophos.registrar.dispute.DisputeCase;
import com.ophos.registrar.dispute.FreezeDomain;
import com.ophos.registrar.dispute.HandOverDecision;
import com.ophos.registrar.dispute.HandOverDomain;
import com.ophos.registrar.dispute.ActionResult;
import com.ophos.registrar.dispute.RejectDispute;
import com.ophos.registrar.dispute.RestoreWebAccess;
import com.ophos.registrar.dispute.StopWebAccess;
import com.ophos.registrar.dispute.WebStopChannel;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Sends an action request to the class that runs it; shared by the API and the console. */
@ApplicationScoped
public class DisputeActions {
    private final FreezeDomain freeze;
    private final StopWebAccess stopWeb;
    private final RestoreWebAccess restoreWeb;
    private final HandOverDomain handOver;
    private final RejectDispute reject;
    private final CloseDispute close;

    public DisputeActions(FreezeDomain freeze, StopWebAccess stopWeb, RestoreWebAccess restoreWeb,
                          HandOverDomain handOver, RejectDispute reject, CloseDispute close) {
        this.freeze = freeze;
        this.stopWeb = stopWeb;
        this.restoreWeb = restoreWeb;
        this.handOver = handOver;
        this.reject = reject;
        this.close = close;
    }

    public ActionResult run(long caseId, String actor, ActionJson request) {
        DisputeAction action = DisputeAction.fromWire(request.action());
        return switch (action) {
            case FREEZE -> none(freeze.run(caseId, actor, request.reason()));
            case STOP_WEB -> none(stopWeb.run(caseId, actor, request.reason(), channels(request.channels())));
            case RESTORE_WEB -> none(restoreWeb.run(caseId, actor, request.reason()));
            case HAND_OVER -> handOver.run(caseId, actor, request.reason(), new HandOverDecision(request.mode(),
                    Optional.ofNullable(request.recipient()), Optional.ofNullable(request.newHolder()),
                    Optional.ofNullable(request.registryAuthorisation())));
            case REJECT -> none(reject.run(caseId, actor, request.reason()));
            case CLOSE -> none(close.run(caseId, actor, request.reason()));
            case OPEN -> throw new IllegalStateException("open is POST /api/v1/disputes");
        };
    }

    private static Set<WebStopChannel> channels(Set<WebStopChannel> requested) {
        return requested == null ? EnumSet.allOf(WebStopChannel.class) : requested;
    }

    private static ActionResult none(DisputeCase disputeCase) {
        return new ActionResult(disputeCase, Optional.empty());
    }
}
