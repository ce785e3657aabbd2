package com.ophos.registrar.dispute;

import com.ophos.registrar.common.audit.AuditLog;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * The R24 journal and its audit trail. Each write is its own transaction, so what the registry
 * confirmed is on record even when a later step fails; every registry answer is audited with its
 * clTRID and svTRID under the domain's subject.
 */
@ApplicationScoped
public class AccountMoves {
    static final String AUDIT_ACTION = "support.registry-account";

    private final AuditLog audit;
    private final Clock clock;

    public AccountMoves(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    public AccountMove open(Domain domain, String registryId, String toAccount, String actor, String reason) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AccountMove move = new AccountMove();
            move.domain = domain.name;
            move.registryId = registryId;
            move.fromAccount = domain.registryId;
            move.toAccount = toAccount;
            move.contractId = domain.contractId;
            move.state = AccountMove.State.OPENED;
            move.actor = actor;
            move.reason = reason;
            move.createdAt = Instant.now(clock);
            move.updatedAt = move.createdAt;
            move.persist();
            audit.record(actor, AUDIT_ACTION, subject(move), detail(move, "opened", "from " + move.fromAccount
                    + " to " + toAccount));
            return move;
        });
    }

    /** Journal before send: the command's clTRID is on record before it leaves. */
    public String sending(AccountMove move, String step) {
        byte[] random = new byte[5];
        ThreadLocalRandom.current().nextBytes(random);
        String clTRID = "acc-" + move.id + "-" + step + "-" + HexFormat.of().formatHex(random);
        update(move, row -> {
            row.sendingStep = step;
            row.sendingClTRID = clTRID;
        });
        return clTRID;
    }

    /** The registry confirmed a step: state, transaction ids and audit event together. */
    public AccountMove confirmed(AccountMove move, String step, AccountMove.State state, RegistryReceipt receipt,
                                 Consumer<AccountMove> change) {
        return update(move, row -> {
            change.accept(row);
            row.state = state;
            row.sendingStep = null;
            row.sendingClTRID = null;
            row.failure = null;
            audit.record(row.actor, AUDIT_ACTION, subject(row), detail(row, step, receipt.resultCode() + " "
                    + receipt.message()), receipt.clTRID(), receipt.svTRID());
        });
    }

    /** The move is complete: the domain is routed through its new account from now on. */
    public AccountMove finished(AccountMove move, String how) {
        return update(move, row -> {
            row.state = AccountMove.State.DONE;
            row.finishedAt = Instant.now(clock);
            row.failure = null;
            Domain.byName(row.domain).orElseThrow().registryId = row.toAccount;
            audit.record(row.actor, AUDIT_ACTION, subject(row), detail(row, "done", how));
        });
    }

    public AccountMove failed(AccountMove move, String step, RegistryException failure) {
        String what = step + ": " + failure.outcome() + " " + failure.resultCode() + " " + failure.getMessage();
        return update(move, row -> {
            row.failure = what;
            audit.record(row.actor, AUDIT_ACTION, subject(row), detail(row, step + " failed", what),
                    failure.clTRID(), failure.svTRID());
        });
    }

    private AccountMove update(AccountMove move, Consumer<AccountMove> change) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AccountMove row = AccountMove.findById(move.id);
            change.accept(row);
            row.updatedAt = Instant.now(clock);
            return row;
        });
    }

    private static String subject(AccountMove move) {
        return "domain:" + move.domain;
    }

    private static Map<String, Object> detail(AccountMove move, String step, String what) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("rule", "R24");
        detail.put("move", move.id);
        detail.put("step", step);
        detail.put("from", move.fromAccount);
        detail.put("to", move.toAccount);
        detail.put("reason", move.reason);
        detail.put("result", what);
        return detail;
    }
}
