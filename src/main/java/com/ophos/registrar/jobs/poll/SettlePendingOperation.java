package com.ophos.registrar.jobs.poll;

import com.ophos.registrar.lifecycle.ChangeHolderAtRegistry;
import com.ophos.registrar.lifecycle.DeleteDomain;
import com.ophos.registrar.lifecycle.ExecuteDomainCreate;
import com.ophos.registrar.lifecycle.PropagateContactChange;
import com.ophos.registrar.lifecycle.RenewDomain;
import com.ophos.registrar.lifecycle.change.AnswerTransferAway;
import com.ophos.registrar.lifecycle.change.SyncExpiry;
import com.ophos.registrar.lifecycle.change.TransferAwayNotice;
import com.ophos.registrar.lifecycle.change.UpdateDomain;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.restore.RestoreDomain;
import com.ophos.registrar.lifecycle.transfer.TransferDomainIn;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * A poll message naming a clTRID settles the operation that got 1001 for it. Settling an operation
 * that is already finished changes nothing, so a redelivered message is harmless.
 */
@ApplicationScoped
public class SettlePendingOperation {
    private static final int PENDING = 1001;

    private final OperationJournal journal;
    private final ExecuteDomainCreate domainCreate;
    private final RenewDomain renewDomain;
    private final DeleteDomain deleteDomain;
    private final ChangeHolderAtRegistry holderChange;
    private final PropagateContactChange contactChange;
    private final UpdateDomain updateDomain;
    private final AnswerTransferAway answerTransferAway;
    private final TransferDomainIn transferDomainIn;
    private final SyncExpiry syncExpiry;
    private final TransferAwayNotice transferAwayNotice;
    private final RestoreDomain restoreDomain;

    SettlePendingOperation(OperationJournal journal, ExecuteDomainCreate domainCreate, RenewDomain renewDomain,
                           DeleteDomain deleteDomain, ChangeHolderAtRegistry holderChange,
                           PropagateContactChange contactChange, UpdateDomain updateDomain,
                           AnswerTransferAway answerTransferAway, TransferDomainIn transferDomainIn,
                           SyncExpiry syncExpiry, TransferAwayNotice transferAwayNotice,
                           RestoreDomain restoreDomain) {
        this.restoreDomain = restoreDomain;
        this.syncExpiry = syncExpiry;
        this.transferAwayNotice = transferAwayNotice;
        this.transferDomainIn = transferDomainIn;
        this.updateDomain = updateDomain;
        this.answerTransferAway = answerTransferAway;
        this.journal = journal;
        this.domainCreate = domainCreate;
        this.renewDomain = renewDomain;
        this.deleteDomain = deleteDomain;
        this.holderChange = holderChange;
        this.contactChange = contactChange;
    }

    /** What happened, for the run's outcome line. */
    public String run(StoredPollMessage message) {
        if (message.clTRID == null || message.settledCode == null) {
            return transferInAbout(message).or(() -> transferAwayAbout(message))
                    .orElse("stored (informational: " + message.text + ")");
        }
        Optional<Operation> found = QuarkusTransaction.requiringNew().call(() ->
                Operation.<Operation>find("clTRID", message.clTRID).firstResultOptional());
        if (found.isEmpty()) {
            return "stored; no operation of ours has clTRID " + message.clTRID;
        }
        Operation op = found.get();
        if (op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED) {
            return "operation " + op.id + " already " + op.state.name().toLowerCase();
        }
        if (op.state != Operation.State.RUNNING || op.resultCode == null || op.resultCode != PENDING) {
            return "operation " + op.id + " is " + op.state.name().toLowerCase() + ", not awaiting the registry";
        }
        int code = message.settledCode;
        String text = "settled by poll message " + message.messageId + ": " + message.text;
        return switch (op.kind) {
            case DOMAIN_RENEW -> "renewal " + op.id + ": " + renewDomain.settle(op.id, code, text).status();
            case DOMAIN_DELETE -> "delete " + op.id + ": " + deleteDomain.settle(op.id, code, text).status();
            case DOMAIN_CREATE -> settleCreate(op, code, text);
            // A contact change is never left waiting for a poll message: contact:info settles it.
            case CONTACT_UPDATE -> "contact change " + op.id + " is reconciled by contact:info, not by poll";
            case DOMAIN_HOLDER_CHANGE -> {
                holderChange.settle(op.id, code, text);
                yield "holder change " + op.id + ": " + journal.find(op.id).map(o -> o.state.name().toLowerCase())
                        .orElse("?") + "; contact change " + contactChange.holderChangeMoved(op.id).status();
            }
            case DOMAIN_UPDATE, DOMAIN_AUTH_CODE -> "update " + op.id + ": " + updateDomain.settle(op.id, code, text)
                    .status();
            // A transfer answer is final at once (1000); should a registry defer it, its view decides.
            case TRANSFER_AWAY_APPROVE, TRANSFER_AWAY_REJECT -> "transfer answer " + op.id + ": "
                    + answerTransferAway.reconcile(op.id).status();
            case DOMAIN_TRANSFER_IN -> "transfer in " + op.id + ": " + transferDomainIn.reconcile(op.id).status();
            case DOMAIN_EXPIRY_SYNC -> "expiry sync " + op.id + ": " + syncExpiry.settle(op.id, code, text).status();
            case DOMAIN_RESTORE -> "restore " + op.id + ": " + restoreDomain.settle(op.id, code, text).status();
        };
    }

    /**
     * A transfer notice names the domain, not our clTRID: a transfer in we requested (1001) for that
     * name is settled by asking the registry where it stands, so a notice delivered twice is harmless.
     */
    private Optional<String> transferInAbout(StoredPollMessage message) {
        if (message.domain == null) {
            return Optional.empty();
        }
        Optional<Operation> requested = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>find(
                "kind = ?1 and domain = ?2 and registryId = ?3 and state = ?4 and resultCode = ?5",
                Operation.Kind.DOMAIN_TRANSFER_IN, message.domain, message.registryId, Operation.State.RUNNING, PENDING)
                .firstResultOptional());
        return requested.map(op -> "transfer in " + op.id + ": " + transferDomainIn.reconcile(op.id).status());
    }

    /** A transfer notice about a name we sponsor: the registry's view tells whether it left us. */
    private Optional<String> transferAwayAbout(StoredPollMessage message) {
        return message.domain == null ? Optional.empty() : transferAwayNotice.run(message.registryId, message.domain);
    }

    /** The core's create flow records a create from an info query once the entry is marked unknown. */
    private String settleCreate(Operation op, int code, String text) {
        if (code >= 2000) {
            journal.failed(op.id, code, text);
            return "create " + op.id + ": refused";
        }
        journal.unknown(op.id, code, text);
        domainCreate.reconcile(op.id);
        return "create " + op.id + ": " + journal.find(op.id).map(o -> o.state.name().toLowerCase()).orElse("?");
    }
}
