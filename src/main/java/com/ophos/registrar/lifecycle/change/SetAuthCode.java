package com.ophos.registrar.lifecycle.change;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.common.NotFoundProblem;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.dispute.DisputeFreeze;
import com.ophos.registrar.lifecycle.AuthCodes;
import com.ophos.registrar.lifecycle.SettlingAttempts;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.journal.RequestHash;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * A new transfer secret for a name, so its holder can move it to another registrar: generated to
 * the registry's rules, sealed before it is journalled, set at the registry by domain:update, kept
 * sealed on the domain, and handed back only to the caller of this request (the same request
 * again, same key, gets the same secret; nothing else ever shows it). Refused for a frozen name (R3).
 */
@ApplicationScoped
public class SetAuthCode {
    private final UpdateDomain updateDomain;
    private final RegistryRouter router;
    private final OperationJournal journal;
    private final DisputeFreeze freeze;
    private final AuthCodes authCodes;
    private final SecretBox secrets;
    private final SettlingAttempts attempts;
    private final ObjectMapper json;
    private final RequestHash hashes;

    public SetAuthCode(UpdateDomain updateDomain, RegistryRouter router, OperationJournal journal, DisputeFreeze freeze,
                       AuthCodes authCodes, SecretBox secrets, SettlingAttempts attempts, ObjectMapper json,
                       RequestHash hashes) {
        this.hashes = hashes;
        this.updateDomain = updateDomain;
        this.router = router;
        this.journal = journal;
        this.freeze = freeze;
        this.authCodes = authCodes;
        this.secrets = secrets;
        this.attempts = attempts;
        this.json = json;
    }

    public CompletableFuture<NewAuthCode> run(String name, String principal, String idempotencyKey) {
        String aLabel = DomainName.parse(name).aLabel();
        String requestHash = hashes.of(java.util.List.of("auth-code", aLabel));
        Optional<Operation> earlier = journal.replay(principal, idempotencyKey, requestHash);
        CompletableFuture<ChangeResult> attempt;
        if (earlier.isPresent()) {
            long id = earlier.get().id;
            attempt = attempts.run("auth code of " + aLabel, () -> updateDomain.attempt(id), ChangeResult::settled);
        } else {
            Domain domain = QuarkusTransaction.requiringNew().call(() -> Domain.byName(aLabel)
                    .orElseThrow(() -> new NotFoundProblem(aLabel + " is not registered through the gateway")));
            if (QuarkusTransaction.requiringNew().call(() -> freeze.isFrozen(aLabel))) {
                throw new DomainFrozenException(aLabel);
            }
            RegistryAdapter registry = router.byId(domain.registryId).orElseThrow();
            String sealed = secrets.seal(authCodes.fresh(registry.policy().authCode()));
            DomainChangeIntent intent = new DomainChangeIntent(aLabel, domain.customerId, List.of(), List.of(), List.of(),
                    Set.of(), Set.of(), List.of(), List.of(), sealed);
            attempt = attempts.run("auth code of " + aLabel, () -> updateDomain.run(Operation.Kind.DOMAIN_AUTH_CODE,
                    principal, idempotencyKey, requestHash, registry.registryId(), intent), ChangeResult::settled);
        }
        return attempt.thenApply(result -> new NewAuthCode(result, result.status() == ChangeResult.Status.DONE
                ? Optional.of(secretOf(result.operationId())) : Optional.empty()));
    }

    /** The journal's sealed secret: a concurrent twin's request may have opened the entry with its own. */
    private String secretOf(long operationId) {
        Operation op = journal.find(operationId).orElseThrow();
        try {
            return secrets.open(json.readValue(op.intent, DomainChangeIntent.class).authInfoSealed());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("operation " + operationId + " has an unreadable intent", e);
        }
    }
}
