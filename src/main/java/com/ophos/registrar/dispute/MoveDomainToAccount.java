package com.ophos.registrar.dispute;

import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.AuthCodes;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.CommandQuote;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.DomainUpdate;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.FeeQuery;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.jboss.logging.Logger;
import static com.ophos.registrar.dispute.ClientStatuses.TRANSFER_LOCK;
import static com.ophos.registrar.dispute.ClientStatuses.UPDATE_LOCK;
import static com.ophos.registrar.dispute.ClientStatuses.intersection;


/**
 * R24, support only: moves a domain from one registrar account to another at the same registry. At
 * the registry this is a transfer between the two accounts: the losing account sets a fresh auth
 * code, the gaining account requests the transfer with it, the losing account approves. Each step is
 * journaled before it is sent ({@link AccountMoves}) and audited with the registry's transaction ids;
 * a failed move is run again and continues from what the registry holds. The registry charges the
 * gaining account for the transfer: its price is quoted (fee check, else tariff) and echoed with the
 * request, and once the gaining account sponsors the name that fee (as reported, else as quoted, else
 * the tariff) is re-billed to the name's customer, once per move.
 */
@ApplicationScoped
public class MoveDomainToAccount {
    private static final Logger LOG = Logger.getLogger(MoveDomainToAccount.class);
    static final String PENDING_TRANSFER = "pendingTransfer";
    /** The request names no period: registries transfer for one year by default, and price it so. */
    private static final int TRANSFER_YEARS = 1;
    /** What makes the registry refuse the auth code change or the transfer. */
    static final Set<String> BLOCKING = Set.of(UPDATE_LOCK, TRANSFER_LOCK, "serverUpdateProhibited",
            "serverTransferProhibited", "pendingDelete");

    private final RegistryRouter router;
    private final AccountMoves moves;
    private final AuthCodes authCodes;
    private final SecretBox secrets;
    private final DisputesConfig config;
    private final Ledger ledger;

    public MoveDomainToAccount(RegistryRouter router, AccountMoves moves, AuthCodes authCodes, SecretBox secrets,
                               DisputesConfig config, Ledger ledger) {
        this.router = router;
        this.moves = moves;
        this.authCodes = authCodes;
        this.secrets = secrets;
        this.config = config;
        this.ledger = ledger;
    }

    public AccountMove run(String domainName, String toAccount, String actor, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException("reason", "state why the domain changes registry account (R24)");
        }
        if (toAccount == null || toAccount.isBlank()) {
            throw new InvalidInputException("account", "the registry account the domain moves to (R24)");
        }
        String aLabel = DomainName.parse(domainName).aLabel();
        Domain domain = QuarkusTransaction.requiringNew().call(() ->
                Domain.byName(aLabel).orElseThrow(() -> new DomainNotManagedException(aLabel)));
        String registryId = router.registryOf(domain.registryId).orElseThrow();
        if (!router.registryOf(toAccount).filter(registryId::equals).isPresent()) {
            throw new UnknownRegistryAccountException(toAccount, registryId);
        }
        Optional<AccountMove> unfinished = QuarkusTransaction.requiringNew().call(() -> AccountMove.unfinishedOf(aLabel));
        if (unfinished.isPresent() && !unfinished.get().toAccount.equals(toAccount)) {
            throw new AccountMoveInProgressException(unfinished.get());
        }
        if (domain.registryId.equals(toAccount)) {
            throw new AlreadyAtAccountException(aLabel, toAccount);
        }
        QuarkusTransaction.requiringNew().call(() -> DisputeCase.activeOn(aLabel)).ifPresent(active -> {
            throw new DomainAlreadyDisputedException(active);
        });
        RegistryAdapter losing = router.byId(domain.registryId).orElseThrow();
        RegistryAdapter gaining = router.byId(toAccount).orElseThrow();

        DomainInfo held = read(unfinished, "domain:info", () -> losing.infoDomain(DomainInfoQuery.of(aLabel)));
        if (!held.ours()) {
            return reconcileMovedElsewhere(domain, registryId, toAccount, actor, reason, unfinished, gaining, held);
        }
        if (held.statuses().contains(PENDING_TRANSFER)) {
            // Only a transfer this journal requested may be approved; any other is the customer's business.
            AccountMove requested = unfinished.filter(m -> m.state != AccountMove.State.OPENED)
                    .orElseThrow(() -> new AccountMoveBlockedException(aLabel, "a transfer is pending at the registry"));
            return finish(approve(requested, losing), gaining);
        }
        Set<String> blocking = intersection(held.statuses(), BLOCKING);
        if (!blocking.isEmpty()) {
            throw new AccountMoveBlockedException(aLabel, "the registry holds " + blocking
                    + "; the customer's locks are lifted first");
        }
        AccountMove move = unfinished.orElseGet(() -> moves.open(domain, registryId, toAccount, actor, reason.strip()));
        String authCode = authCodes.fresh(losing.policy().authCode());
        move = setAuthCode(move, losing, authCode);
        move = request(move, gaining, authCode);
        return finish(approve(move, losing), gaining);
    }

    private AccountMove setAuthCode(AccountMove move, RegistryAdapter losing, String authCode) {
        String clTRID = moves.sending(move, "auth-code");
        RegistryReceipt receipt = send(move, "auth-code", () -> losing.updateDomain(new DomainUpdate(move.domain,
                List.of(), List.of(), Set.of(), Set.of(), List.of(), List.of(), Optional.of(authCode), clTRID)), clTRID);
        String sealed = secrets.seal(authCode);
        // The core's copy of the auth code follows the registry, as after a dispute hand-over.
        return moves.confirmed(move, "auth-code", AccountMove.State.CODE_SET, receipt,
                row -> Domain.byName(row.domain).ifPresent(d -> d.authInfoEncrypted = sealed));
    }

    private AccountMove request(AccountMove move, RegistryAdapter gaining, String authCode) {
        Optional<Fee> quote = read(Optional.of(move), "fee check",
                () -> gaining.quoteFee(FeeQuery.transfer(move.domain, TRANSFER_YEARS))).map(CommandQuote::fee);
        String clTRID = moves.sending(move, "request");
        TransferState requested = send(move, "request", () -> gaining.transferDomain(new DomainTransfer(move.domain,
                DomainTransfer.Op.REQUEST, Optional.empty(), Optional.of(authCode), quote, clTRID)), clTRID);
        Optional<Fee> fee = requested.receipt().fee().or(() -> quote);
        return moves.confirmed(move, "transfer request by " + move.toAccount, AccountMove.State.REQUESTED,
                requested.receipt(), row -> {
                    row.requestClTRID = clTRID;
                    row.requestSvTRID = requested.receipt().svTRID();
                    row.transferFee = fee.map(Fee::amount).orElse(null);
                    row.transferCurrency = fee.map(Fee::currency).orElse(null);
                });
    }

    private AccountMove approve(AccountMove move, RegistryAdapter losing) {
        String clTRID = moves.sending(move, "approve");
        TransferState approved = send(move, "approve", () -> losing.transferDomain(new DomainTransfer(move.domain,
                DomainTransfer.Op.APPROVE, Optional.empty(), Optional.empty(), clTRID)), clTRID);
        return moves.confirmed(move, "transfer approval by " + move.fromAccount, AccountMove.State.APPROVED,
                approved.receipt(), row -> {
                    row.approveClTRID = clTRID;
                    row.approveSvTRID = approved.receipt().svTRID();
                });
    }

    /** The gaining account must now see the name as its own before the database routes it there. */
    private AccountMove finish(AccountMove move, RegistryAdapter gaining) {
        DomainInfo atGaining = read(Optional.of(move), "domain:info",
                () -> gaining.infoDomain(DomainInfoQuery.of(move.domain)));
        if (!atGaining.ours()) {
            throw new AccountMoveFailedException(Optional.of(move.id), "domain:info", Outcome.UNKNOWN,
                    "the registry still shows sponsor " + atGaining.sponsor() + " after the approval");
        }
        chargeTransfer(move, gaining);
        return moves.finished(move, "sponsored by " + atGaining.sponsor() + " at the registry");
    }

    /** The gaining account's transfer, re-billed to the name's customer once per move (R24). */
    private void chargeTransfer(AccountMove move, RegistryAdapter gaining) {
        AccountMove row = QuarkusTransaction.requiringNew().call(() -> AccountMove.<AccountMove>findById(move.id));
        Optional<Fee> fee = Optional.ofNullable(row.transferFee).map(amount -> new Fee(amount, row.transferCurrency))
                .or(() -> gaining.policy().tariffPrice(FeeQuery.transfer(row.domain, TRANSFER_YEARS)));
        if (fee.isEmpty()) {
            LOG.warnf("account move %d of %s: no transfer fee reported, quoted or configured", row.id, row.domain);
            return;
        }
        long customer = QuarkusTransaction.requiringNew().call(() -> Domain.byName(row.domain).orElseThrow().customerId);
        ledger.recordAccountMoveTransfer(customer, row.domain, row.id, row.toAccount, fee.get(), row.requestClTRID,
                row.requestSvTRID, Instant.now());
    }

    /** Whether this move's own transfer request may have reached the registry. */
    private static boolean requestSent(AccountMove move) {
        return move.state == AccountMove.State.REQUESTED || move.state == AccountMove.State.APPROVED
                || "request".equals(move.sendingStep);
    }

    /** The losing account no longer holds the name: done already (a lost answer) or someone else's now. */
    private AccountMove reconcileMovedElsewhere(Domain domain, String registryId, String toAccount, String actor,
                                                String reason, Optional<AccountMove> unfinished,
                                                RegistryAdapter gaining, DomainInfo held) {
        DomainInfo atGaining = read(unfinished, "domain:info", () -> gaining.infoDomain(DomainInfoQuery.of(domain.name)));
        if (!atGaining.ours()) {
            throw new AccountMoveBlockedException(domain.name, "the registry shows sponsor " + held.sponsor());
        }
        AccountMove move = unfinished.orElseGet(() -> moves.open(domain, registryId, toAccount, actor, reason.strip()));
        if (unfinished.filter(MoveDomainToAccount::requestSent).isPresent()) {
            chargeTransfer(move, gaining);
        }
        return moves.finished(move, "already sponsored by " + atGaining.sponsor() + " at the registry (reconciled)");
    }

    private <T> T read(Optional<AccountMove> move, String step, Supplier<Uni<T>> command) {
        try {
            return await(command.get(), null);
        } catch (RegistryException failure) {
            move.ifPresent(m -> moves.failed(m, step, failure));
            throw new AccountMoveFailedException(move.map(m -> m.id), step, failure.outcome(),
                    failure.resultCode() + " " + failure.getMessage());
        }
    }

    private <T> T send(AccountMove move, String step, Supplier<Uni<T>> command, String clTRID) {
        try {
            return await(command.get(), clTRID);
        } catch (RegistryException failure) {
            moves.failed(move, step, failure);
            throw new AccountMoveFailedException(Optional.of(move.id), step, failure.outcome(),
                    failure.resultCode() + " " + failure.getMessage());
        }
    }

    private <T> T await(Uni<T> command, String clTRID) {
        try {
            return command.await().atMost(config.registryTimeout());
        } catch (TimeoutException timeout) {
            throw new RegistryException("registry", Outcome.UNKNOWN, 0, "no answer within " + config.registryTimeout(),
                    clTRID, null);
        }
    }
}
