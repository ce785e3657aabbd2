package com.ophos.registrar.dispute;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.name.DomainName;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * Opens a case on a managed name (R3 claim or R22 content). A claim is frozen at once; the customer is
 * told by mail. When the freeze fails at the registry the case still exists, marked for a retry of
 * {@code freeze}: the claim is on record either way.
 */
@ApplicationScoped
public class OpenDispute {
    private static final Logger LOG = Logger.getLogger(OpenDispute.class);

    private final DisputeCases cases;
    private final FreezeDomain freeze;
    private final CustomerNotice notice;

    public OpenDispute(DisputeCases cases, FreezeDomain freeze, CustomerNotice notice) {
        this.cases = cases;
        this.freeze = freeze;
        this.notice = notice;
    }

    public DisputeCase run(NewDispute request, String actor) {
        DisputeCase opened = QuarkusTransaction.requiringNew().call(() -> {
            DisputeCase fresh = validated(request, actor);
            return cases.open(fresh, request.reason().strip());
        });
        if (opened.kind == DisputeKind.THIRD_PARTY_CLAIM) {
            try {
                opened = freeze.run(opened.id, actor, "freeze on opening: " + request.reason().strip());
            } catch (DisputeStepFailedException retryable) {
                LOG.warnf("case %d opened but not frozen yet: %s", opened.id, retryable.getMessage());
                opened = cases.require(opened.id);
            }
        }
        notifyCustomer(opened, actor, request.reason().strip());
        return cases.require(opened.id);
    }

    private DisputeCase validated(NewDispute request, String actor) {
        if (request.kind() == null) {
            throw new InvalidInputException("kind", "THIRD_PARTY_CLAIM (R3) or ILLEGAL_CONTENT (R22)");
        }
        if (request.domain() == null || request.domain().isBlank()) {
            throw new InvalidInputException("domain", "the disputed domain is required");
        }
        if (request.grounds() == null || request.grounds().isBlank()) {
            throw new InvalidInputException("grounds", "state the grounds of the case (" + request.kind().rule() + ")");
        }
        if (request.reason() == null || request.reason().isBlank()) {
            throw new InvalidInputException("reason", "every dispute action needs a reason, for the audit trail (R3)");
        }
        if (request.kind() == DisputeKind.THIRD_PARTY_CLAIM
                && (request.claimant() == null || request.claimant().isBlank())) {
            throw new InvalidInputException("claimant", "a third-party claim names its claimant (R3)");
        }
        if (request.kind() == DisputeKind.THIRD_PARTY_CLAIM && request.deadline() == null) {
            throw new InvalidInputException("deadline", "a third-party claim has a decision deadline (R3)");
        }
        if (request.deadline() != null && !request.deadline().isAfter(cases.now())) {
            throw new InvalidInputException("deadline", "the deadline must be in the future");
        }
        String aLabel = DomainName.parse(request.domain()).aLabel();
        Domain domain = Domain.byName(aLabel).orElseThrow(() -> new DomainNotManagedException(aLabel));
        Optional<DisputeCase> active = DisputeCase.activeOn(aLabel);
        if (active.isPresent()) {
            throw new DomainAlreadyDisputedException(active.get());
        }
        DisputeCase fresh = new DisputeCase();
        fresh.domain = aLabel;
        fresh.registryId = domain.registryId;
        fresh.customerId = domain.customerId;
        fresh.contractId = domain.contractId;
        fresh.kind = request.kind();
        fresh.claimant = blankToNull(request.claimant());
        fresh.grounds = request.grounds().strip();
        fresh.documents(request.documents().stream().map(String::strip).filter(d -> !d.isEmpty()).toList());
        fresh.deadline = request.deadline();
        fresh.state = DisputeState.OPEN;
        fresh.locksAdded(Set.of());
        fresh.openedBy = actor;
        fresh.openedAt = cases.now();
        return fresh;
    }

    private void notifyCustomer(DisputeCase opened, String actor, String reason) {
        try {
            Optional<String> to = notice.caseOpened(opened);
            cases.record(opened.id, DisputeAction.OPEN, actor, reason, StepRecord.done(CustomerNotice.COMMAND,
                    to.map(address -> "customer notified at " + address).orElse("customer has no email on record")));
        } catch (RuntimeException mailFailure) {
            // The case stands without the notice; support sees the failure on the timeline and writes by hand.
            cases.record(opened.id, DisputeAction.OPEN, actor, reason, StepRecord.failed(CustomerNotice.COMMAND,
                    "customer notice not sent: " + mailFailure.getClass().getSimpleName()));
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
