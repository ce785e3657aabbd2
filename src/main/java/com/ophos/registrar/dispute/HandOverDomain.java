package com.ophos.registrar.dispute;

import static com.ophos.registrar.dispute.ClientStatuses.TRANSFER_LOCK;
import static com.ophos.registrar.dispute.ClientStatuses.UPDATE_LOCK;
import static com.ophos.registrar.dispute.ClientStatuses.minus;

import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.AuthCodes;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * R3: executes the decision for the claimant, one of three ways — release a fresh auth code (the
 * transfer lock lifted so the claimant's registrar can use it), approve the transfer already pending,
 * or the registry's forced holder change (AFNIC {@code recover}). The other locks stay: the customer
 * still cannot change or delete the name.
 */
@ApplicationScoped
public class HandOverDomain {
    private static final Set<DisputeState> FROM = EnumSet.of(DisputeState.OPEN, DisputeState.FROZEN,
            DisputeState.WEB_STOPPED);

    private final DisputeCases cases;
    private final ActionSteps steps;
    private final RegistryCommands registry;
    private final AuthCodes authCodes;
    private final SecretBox secrets;

    public HandOverDomain(DisputeCases cases, ActionSteps steps, RegistryCommands registry, AuthCodes authCodes,
                          SecretBox secrets) {
        this.cases = cases;
        this.steps = steps;
        this.registry = registry;
        this.authCodes = authCodes;
        this.secrets = secrets;
    }

    public ActionResult run(long caseId, String actor, String reason, HandOverDecision decision) {
        ActionRun run = new ActionRun(caseId, DisputeAction.HAND_OVER, actor, reason);
        return cases.exclusively(run, () -> {
            DisputeCase disputeCase = cases.require(caseId);
            if (disputeCase.kind != DisputeKind.THIRD_PARTY_CLAIM) {
                throw new HandOverNeedsClaimException(disputeCase);
            }
            if (!FROM.contains(disputeCase.state)) {
                throw new ActionNotAllowedException(disputeCase, run.action());
            }
            return switch (decision.mode()) {
                case AUTH_CODE -> releaseAuthCode(run, disputeCase, decision.recipient().orElseThrow());
                case APPROVE_TRANSFER -> approvePendingTransfer(run, disputeCase);
                case HOLDER_CHANGE -> forceHolderChange(run, disputeCase, decision.newHolder().orElseThrow(),
                        decision.registryAuthorisation());
            };
        });
    }

    private ActionResult releaseAuthCode(ActionRun run, DisputeCase disputeCase, String recipient) {
        DomainInfo name = steps.info(run, disputeCase);
        String authCode = authCodes.fresh(registry.policy(disputeCase).authCode());
        String sealed = secrets.seal(authCode);
        steps.changeStatuses(run, disputeCase, name.statuses(), Set.of(), Set.of(TRANSFER_LOCK), Optional.of(authCode),
                released -> {
                    released.authInfoEncrypted = sealed;
                    released.locksAdded(minus(released.locksAdded(), Set.of(TRANSFER_LOCK)));
                });
        keepDomainAuthCode(disputeCase.domain, sealed);
        DisputeCase handedOver = settle(run, HandOverMode.AUTH_CODE, recipient,
                "auth code set at the registry and released to " + recipient + "; transfer lock lifted");
        return new ActionResult(handedOver, Optional.of(authCode));
    }

    /** The core's copy of the auth code follows the registry, or the next transfer-out would use a stale one. */
    private static void keepDomainAuthCode(String domain, String sealed) {
        QuarkusTransaction.requiringNew().run(() -> Domain.byName(domain).ifPresent(d -> d.authInfoEncrypted = sealed));
    }

    private ActionResult approvePendingTransfer(ActionRun run, DisputeCase disputeCase) {
        TransferState transfer = queryTransfer(run, disputeCase);
        if (transfer.status() == TransferState.Status.PENDING) {
            transfer = command(run, "domain:transfer approve", () -> registry.transfer(disputeCase,
                    DomainTransfer.Op.APPROVE), TransferState::receipt);
        } else if (transfer.status() != TransferState.Status.CLIENT_APPROVED
                && transfer.status() != TransferState.Status.SERVER_APPROVED) {
            throw new NoPendingTransferException(disputeCase.domain, transfer.status().name());
        }
        DisputeCase handedOver = settle(run, HandOverMode.APPROVE_TRANSFER, transfer.requestingClient(),
                "transfer to registrar " + transfer.requestingClient() + " approved");
        return new ActionResult(handedOver, Optional.empty());
    }

    private TransferState queryTransfer(ActionRun run, DisputeCase disputeCase) {
        try {
            TransferState state = registry.transfer(disputeCase, DomainTransfer.Op.QUERY);
            cases.record(run.caseId(), run.action(), run.actor(), run.reason(),
                    StepRecord.done("domain:transfer query", "transfer " + state.status() + " requested by "
                            + state.requestingClient(), state.receipt()));
            return state;
        } catch (RegistryException failure) {
            // 2301: the registry has no transfer on record for the name.
            if (failure.resultCode() == 2301) {
                throw new NoPendingTransferException(disputeCase.domain, "none on record");
            }
            throw steps.failed(run, StepRecord.failed("domain:transfer query", "reading the pending transfer", failure),
                    failure, unchanged -> { });
        }
    }

    private ActionResult forceHolderChange(ActionRun run, DisputeCase disputeCase, String newHolder,
                                           Optional<String> authorisation) {
        if (authorisation.isEmpty() && registry.holderChangeNeedsAuthorisation(disputeCase)) {
            throw new InvalidInputException("registryAuthorisation",
                    "this registry's forced holder change (AFNIC recover) needs the authorisation code it issued (R3)");
        }
        DomainInfo name = steps.info(run, disputeCase);
        // The registry refuses any change under clientUpdateProhibited; it is set again afterwards.
        boolean wasLocked = name.statuses().contains(UPDATE_LOCK);
        steps.changeStatuses(run, disputeCase, name.statuses(), Set.of(), Set.of(UPDATE_LOCK), Optional.empty(),
                unchanged -> { });
        RegistryReceipt receipt = command(run, "domain:holder-change forced", () -> registry.forceHolderChange(
                disputeCase, newHolder, authorisation), r -> r);
        if (wasLocked) {
            steps.changeStatuses(run, disputeCase, Set.of(), Set.of(UPDATE_LOCK), Set.of(), Optional.empty(),
                    unchanged -> { });
        }
        DisputeCase handedOver = settle(run, HandOverMode.HOLDER_CHANGE, newHolder, "holder changed to " + newHolder
                + (receipt.pending() ? " (pending at the registry, confirmed by a poll message)" : ""));
        return new ActionResult(handedOver, Optional.empty());
    }

    private <T> T command(ActionRun run, String command, Supplier<T> send,
                          Function<T, RegistryReceipt> receiptOf) {
        try {
            T answer = send.get();
            cases.record(run.caseId(), run.action(), run.actor(), run.reason(),
                    StepRecord.done(command, "sent", receiptOf.apply(answer)));
            return answer;
        } catch (RegistryException failure) {
            throw steps.failed(run, StepRecord.failed(command, "sent", failure), failure, unchanged -> { });
        }
    }

    private DisputeCase settle(ActionRun run, HandOverMode mode, String to, String detail) {
        return steps.settle(run, DisputeState.HANDED_OVER, detail, handedOver -> {
            handedOver.handOverMode = mode;
            handedOver.handedOverTo = to;
            handedOver.handedOverAt = cases.now();
        });
    }
}
