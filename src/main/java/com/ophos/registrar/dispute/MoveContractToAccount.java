package com.ophos.registrar.dispute;

import com.ophos.registrar.billing.contract.Contract;
import com.ophos.registrar.common.ConflictException;
import com.ophos.registrar.common.RuleViolationException;
import com.ophos.registrar.lifecycle.model.Domain;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * R24, support only: every domain of a contract moves to another registry account, one at a time.
 * A name that cannot move now is reported with why; the others still move, and the action is run
 * again for the rest.
 */
@ApplicationScoped
public class MoveContractToAccount {
    private final MoveDomainToAccount moveDomain;

    public MoveContractToAccount(MoveDomainToAccount moveDomain) {
        this.moveDomain = moveDomain;
    }

    /** One domain's result: the journal row when a move ran, the refusal or failure otherwise. */
    public record Result(String domain, Optional<AccountMove> move, Optional<String> problem) {
    }

    public List<Result> run(long contractId, String toAccount, String actor, String reason) {
        List<String> domains = QuarkusTransaction.requiringNew().call(() -> {
            Contract.require(contractId);
            return Domain.<Domain>list("contractId = ?1 order by name", contractId).stream().map(d -> d.name).toList();
        });
        List<Result> results = new ArrayList<>();
        for (String domain : domains) {
            try {
                results.add(new Result(domain, Optional.of(moveDomain.run(domain, toAccount, actor, reason)),
                        Optional.empty()));
            } catch (ConflictException | RuleViolationException | AccountMoveFailedException notNow) {
                // Already there, at another registry, locked, disputed or failed: said per name.
                results.add(new Result(domain, Optional.empty(), Optional.of(notNow.getMessage())));
            }
        }
        return results;
    }
}
