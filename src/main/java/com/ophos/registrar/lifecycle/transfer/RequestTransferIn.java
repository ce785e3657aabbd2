package com.ophos.registrar.lifecycle.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.ContactOfAnotherCustomerException;
import com.ophos.registrar.lifecycle.DomainAlreadyManagedException;
import com.ophos.registrar.lifecycle.HolderNotEligibleException;
import com.ophos.registrar.lifecycle.PeriodNotOfferedException;
import com.ophos.registrar.lifecycle.SettlingAttempts;
import com.ophos.registrar.lifecycle.UnknownContactException;
import com.ophos.registrar.lifecycle.UnknownCustomerException;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.CommandQuote;
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.FeeQuery;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A customer's transfer in, checked before anything is journalled or sent: the name is not ours
 * already, the customer and its contacts exist and are its own, the holder may hold the name there
 * (R1: a .fr name needs a legal entity), the period is one the registry renews by, an auth code is
 * given. The transfer fee is then quoted, by the registry's fee check where it offers the fee
 * extension (RFC 8748), else by the configured tariff; the request is journalled with that quote,
 * which every send echoes, and driven by {@link TransferDomainIn}.
 */
@ApplicationScoped
public class RequestTransferIn {
    private final TransferDomainIn transferDomainIn;
    private final RegistryRouter router;
    private final OperationJournal journal;
    private final SecretBox secrets;
    private final SettlingAttempts attempts;
    private final ObjectMapper json;
    private final Duration registryTimeout;

    public RequestTransferIn(TransferDomainIn transferDomainIn, RegistryRouter router, OperationJournal journal,
                             SecretBox secrets, SettlingAttempts attempts, ObjectMapper json,
                             @ConfigProperty(name = "registrar.runs.registry-timeout", defaultValue = "PT60S")
                             Duration registryTimeout) {
        this.transferDomainIn = transferDomainIn;
        this.router = router;
        this.journal = journal;
        this.secrets = secrets;
        this.attempts = attempts;
        this.json = json;
        this.registryTimeout = registryTimeout;
    }

    public CompletableFuture<TransferInResult> run(TransferInOrder order, String principal, String idempotencyKey,
                                                   String requestHash) {
        DomainName name = DomainName.parse(order.name());
        Optional<Operation> earlier = journal.replay(principal, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            long id = earlier.get().id;
            return attempts.run("transfer of " + name.aLabel(), () -> transferDomainIn.attempt(id),
                    TransferInResult::answered);
        }
        RegistryAdapter registry = router.route(name.aLabel());
        RegistryPolicy policy = registry.policy();
        if (order.authCode() == null || order.authCode().isBlank() || order.authCode().length() > 64) {
            throw new InvalidInputException("authCode", "the name's auth code (1-64 characters) is required");
        }
        if (!policy.renewYears().contains(order.years())) {
            throw new PeriodNotOfferedException(policy.registryId(), order.years(), policy.renewYears());
        }
        QuarkusTransaction.requiringNew().run(() -> {
            requireNotManaged(name.aLabel());
            if (Customer.findById(order.customerId()) == null) {
                throw new UnknownCustomerException(order.customerId());
            }
            Contact holder = requireOwnContact("holder", order.holder(), order.customerId());
            order.admin().ifPresent(admin -> requireOwnContact("admin", admin, order.customerId()));
            for (int i = 0; i < order.tech().size(); i++) {
                requireOwnContact("tech[" + i + "]", order.tech().get(i), order.customerId());
            }
            requireEligibleHolder(policy, name, holder);
        });
        Optional<Fee> quote = registry.quoteFee(FeeQuery.transfer(name.aLabel(), order.years()))
                .await().atMost(registryTimeout).map(CommandQuote::fee);
        TransferInIntent intent = new TransferInIntent(order.customerId(), name.aLabel(), name.uLabel(), order.years(),
                order.holder(), order.admin().orElse(null), order.tech(), secrets.seal(order.authCode()),
                quote.map(Fee::amount).orElse(null), quote.map(Fee::currency).orElse(null));
        long id = journal.open(Operation.Kind.DOMAIN_TRANSFER_IN, principal, idempotencyKey, requestHash,
                order.customerId(), name.aLabel(), registry.registryId(), toJson(intent)).operation().id;
        return attempts.run("transfer of " + name.aLabel(), () -> transferDomainIn.attempt(id),
                TransferInResult::answered);
    }

    private static void requireNotManaged(String aLabel) {
        if (Operation.underWay(aLabel, Optional.of(Operation.Kind.DOMAIN_TRANSFER_IN))
                || Domain.byName(aLabel).isPresent()) {
            throw new DomainAlreadyManagedException(aLabel);
        }
    }

    private static Contact requireOwnContact(String field, long contactId, long customerId) {
        Contact contact = Contact.findById(contactId);
        if (contact == null) {
            throw new UnknownContactException(field, contactId);
        }
        if (contact.customerId != customerId) {
            throw new ContactOfAnotherCustomerException(field, contactId);
        }
        return contact;
    }

    /** R1: where the policy admits legal entities only (.fr), an individual cannot hold the name. */
    private static void requireEligibleHolder(RegistryPolicy policy, DomainName name, Contact holder) {
        if (policy.holderEligibility() == RegistryPolicy.HolderEligibility.LEGAL_ENTITY_ONLY
                && (holder.kind != Contact.Kind.ORGANIZATION || !holder.isLegalEntity())) {
            throw new HolderNotEligibleException(name.tld());
        }
    }

    private String toJson(TransferInIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }
}
