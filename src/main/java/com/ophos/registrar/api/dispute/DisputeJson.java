package com.ophos.registrar.api.dispute;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.ophos.registrar.dispute.DisputeCase;
import com.ophos.registrar.dispute.DisputeStep;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A case as the API shows it; the timeline only on the single-case view, an auth code only once. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisputeJson(long id, String domain, String registryId, long customerId, Long contractId, String kind,
                          String rule, String claimant, String grounds, List<String> documents, Instant deadline,
                          String state, String failedStep, String failure, List<String> locksAdded,
                          boolean holdAdded, boolean dnsSuspended, String handOverMode, String handedOverTo,
                          Instant handedOverAt, String openedBy, Instant openedAt, Instant closedAt,
                          List<StepJson> timeline, String authCode) {

    public record StepJson(Instant at, String actor, String action, String command, String outcome, String reason,
                           String detail, String stateAfter, Integer resultCode, String resultMessage, String clTRID,
                           String svTRID) {
        static StepJson of(DisputeStep step) {
            return new StepJson(step.at, step.actor, step.action.wireName(), step.command, step.outcome.name(),
                    step.reason, step.detail, step.stateAfter.name(), step.resultCode, step.resultMessage,
                    step.clTRID, step.svTRID);
        }
    }

    static DisputeJson of(DisputeCase c, Optional<List<DisputeStep>> timeline, Optional<String> authCode) {
        return new DisputeJson(c.id, c.domain, c.registryId, c.customerId, c.contractId, c.kind.name(), c.kind.rule(),
                c.claimant, c.grounds, c.documentList(), c.deadline, c.state.name(),
                c.failedStep == null ? null : c.failedStep.wireName(), c.failure, List.copyOf(c.locksAdded()),
                c.holdAdded, c.dnsSuspended, c.handOverMode == null ? null : c.handOverMode.name(), c.handedOverTo,
                c.handedOverAt, c.openedBy, c.openedAt, c.closedAt,
                timeline.map(steps -> steps.stream().map(StepJson::of).toList()).orElse(null), authCode.orElse(null));
    }

    @Override
    public String toString() {
        return "DisputeJson[id=" + id + ", state=" + state + ", authCode=" + (authCode == null ? "none" : "***") + "]";
    }
}
