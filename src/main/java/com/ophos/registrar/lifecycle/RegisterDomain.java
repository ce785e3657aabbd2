package com.ophos.registrar.lifecycle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.common.crypto.SecretBox;
import com.ophos.registrar.lifecycle.journal.OperationJournal;
import com.ophos.registrar.lifecycle.journal.RequestHash;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.lifecycle.model.Customer;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.lifecycle.name.InvalidDomainNameException;
import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Accepts a registration: every rule is checked here, before the journal entry exists, so a refused
 * request never reaches a registry. The registry command itself runs later ({@link ExecuteDomainCreate}).
 */
@ApplicationScoped
public class RegisterDomain {
    private final RegistryRouter router;
    private final ContractPaymentCheck payments;
    private final OperationJournal journal;
    private final SecretBox secrets;
    private final RequestHash requestHash;
    private final ObjectMapper json;
    private final AuthCodes authCodes;

    public RegisterDomain(RegistryRouter router, ContractPaymentCheck payments, OperationJournal journal,
                          SecretBox secrets, RequestHash requestHash, ObjectMapper json, AuthCodes authCodes) {
        this.authCodes = authCodes;
        this.router = router;
        this.payments = payments;
        this.journal = journal;
        this.secrets = secrets;
        this.requestHash = requestHash;
        this.json = json;
    }

    /** The journal entry for this order: new, or the one an earlier identical request opened. */
    public OperationJournal.Opened run(DomainOrder order, String principal, String idempotencyKey) {
        String requestHash = this.requestHash.of(order);
        Optional<Operation> earlier = journal.replay(principal, idempotencyKey, requestHash);
        if (earlier.isPresent()) {
            return new OperationJournal.Opened(earlier.get(), false);
        }
        DomainName name = DomainName.parse(order.name());
        RegistryAdapter registry = router.route(name.aLabel());
        requireDirectlyUnderItsTld(name.aLabel());
        RegistryPolicy policy = registry.policy();
        requireOfferedPeriod(policy, order.years());
        try {
            QuarkusTransaction.requiringNew().run(() -> requireNotAlreadyManaged(name));
        } catch (DomainAlreadyManagedException e) {
            // A concurrent twin (same principal and key) may have just opened it: that is a replay.
            return journal.replay(principal, idempotencyKey, requestHash)
                    .map(op -> new OperationJournal.Opened(op, false)).orElseThrow(() -> e);
        }
        QuarkusTransaction.requiringNew().run(() -> {
            requireCustomer(order.customerId());
            Contact holder = requireOwnContact("holder", order.holder(), order.customerId());
            order.admin().ifPresent(admin -> requireOwnContact("admin", admin, order.customerId()));
            for (int i = 0; i < order.tech().size(); i++) {
                requireOwnContact("tech[" + i + "]", order.tech().get(i), order.customerId());
            }
            requireContactCounts(policy, order);
            requireNameservers(policy, order.nameservers());
            requireEligibleHolder(policy, name, holder);
        });
        order.contractId().ifPresent(contract -> payments.requirePaid(contract, order.customerId()));

        DomainCreateIntent intent = new DomainCreateIntent(order.customerId(), name.aLabel(), name.uLabel(),
                order.years(), order.holder(), order.admin().orElse(null), order.tech(),
                normalisedNameservers(order.nameservers()), order.contractId().orElse(null),
                secrets.seal(authCodes.fresh(policy.authCode())));
        return journal.open(Operation.Kind.DOMAIN_CREATE, principal, idempotencyKey, requestHash,
                order.customerId(), name.aLabel(), registry.registryId(), toJson(intent));
    }

    /** Registries register one label under their TLD: www.example.com is not for sale (no frame sent). */
    private void requireDirectlyUnderItsTld(String aLabel) {
        String suffix = router.suffixOf(aLabel).orElseThrow();
        if (aLabel.substring(0, aLabel.length() - suffix.length() - 1).contains(".")) {
            throw new NameNotRegistrableException(aLabel, suffix);
        }
    }

    private static void requireOfferedPeriod(RegistryPolicy policy, int years) {
        if (!policy.createYears().contains(years)) {
            throw new PeriodNotOfferedException(policy.registryId(), years, policy.createYears());
        }
    }

    private static void requireCustomer(long customerId) {
        if (Customer.findById(customerId) == null) {
            throw new UnknownCustomerException(customerId);
        }
    }

    private static void requireNotAlreadyManaged(DomainName name) {
        if (Operation.underWay(name.aLabel(), Optional.empty()) || Domain.byName(name.aLabel()).isPresent()) {
            throw new DomainAlreadyManagedException(name.aLabel());
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

    private static void requireContactCounts(RegistryPolicy policy, DomainOrder order) {
        RegistryPolicy.ContactRules rules = policy.contactRules();
        int admins = order.admin().isPresent() ? 1 : 0;
        if (admins < rules.minAdmin() || admins > rules.maxAdmin()) {
            throw new ContactCountException("admin", policy.registryId(), admins, rules.minAdmin(), rules.maxAdmin());
        }
        int techs = order.tech().size();
        if (techs < rules.minTech() || techs > rules.maxTech()) {
            throw new ContactCountException("tech", policy.registryId(), techs, rules.minTech(), rules.maxTech());
        }
    }

    private static void requireNameservers(RegistryPolicy policy, List<String> nameservers) {
        RegistryPolicy.ContactRules rules = policy.contactRules();
        if (nameservers.size() < rules.minNameservers() || nameservers.size() > rules.maxNameservers()) {
            throw new NameserverCountException(policy.registryId(), nameservers.size(), rules.minNameservers(),
                    rules.maxNameservers());
        }
        for (int i = 0; i < nameservers.size(); i++) {
            try {
                DomainName.parse(nameservers.get(i));
            } catch (InvalidDomainNameException e) {
                throw new InvalidInputException("nameservers[" + i + "]",
                        "not a valid host name: " + e.reason().explanation());
            }
        }
        if (nameservers.stream().map(ns -> DomainName.parse(ns).aLabel()).distinct().count() < nameservers.size()) {
            throw new InvalidInputException("nameservers", "a nameserver is listed twice");
        }
    }

    /** R1: where the policy admits legal entities only (.fr), an individual cannot hold the name. */
    private static void requireEligibleHolder(RegistryPolicy policy, DomainName name, Contact holder) {
        if (policy.holderEligibility() == RegistryPolicy.HolderEligibility.LEGAL_ENTITY_ONLY
                && (holder.kind != Contact.Kind.ORGANIZATION || !holder.isLegalEntity())) {
            throw new HolderNotEligibleException(name.tld());
        }
    }

    private static List<String> normalisedNameservers(List<String> nameservers) {
        List<String> names = new ArrayList<>();
        nameservers.forEach(ns -> names.add(DomainName.parse(ns).aLabel()));
        return names;
    }

    private String toJson(DomainCreateIntent intent) {
        try {
            return json.writeValueAsString(intent);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the intent", e);
        }
    }
}
