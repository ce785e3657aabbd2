package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.common.InvalidInputException;
import com.ophos.registrar.lifecycle.name.DomainName;
import com.ophos.registrar.lifecycle.name.InvalidDomainNameException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;

/** Takes an order: the term (R11), the payment method (R9) and the offer frozen as sold (R5). */
@ApplicationScoped
public class OrderContract {

    private final OfferCatalogue catalogue;
    private final Ledger ledger;

    OrderContract(OfferCatalogue catalogue, Ledger ledger) {
        this.catalogue = catalogue;
        this.ledger = ledger;
    }

    @Transactional
    public Contract run(ContractOrder order, Instant now) {
        long customerId = requireCustomer(order.customerId());
        String domain = primaryDomain(order.domain());
        Term term = Term.ofMonths(order.termMonths());
        PaymentMethod method = PaymentMethod.parse("paymentMethod", order.paymentMethod())
                .requireAllowedFor(term, "paymentMethod");
        OfferSnapshot offer = catalogue.offer(order.offer(), now);
        requirePrimaryDomainFree(domain);

        Contract contract = new Contract();
        contract.customerId = customerId;
        contract.domain = domain;
        contract.freeze(offer, now);
        contract.termMonths = term.months();
        contract.paymentMethod = method;
        contract.status = ContractStatus.ORDERED;
        contract.orderedAt = now;
        contract.persist();
        ledger.recordContractEntry(customerId, contract.id, domain, ChargeKind.CONTRACT_SUBSCRIPTION,
                contract.subscriptionAmount(), "contract-" + contract.id + "-subscription", now);
        return contract;
    }

    private static long requireCustomer(Long customerId) {
        if (customerId == null || customerId <= 0) {
            throw new InvalidInputException("customerId", "a customer id is required");
        }
        return customerId;
    }

    /** The primary domain is a name we may register or host (R4): the same IDNA rules as an order. */
    private static String primaryDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            throw new InvalidInputException("domain", "a fully qualified primary domain name is required");
        }
        try {
            return DomainName.parse(domain.strip()).aLabel();
        } catch (InvalidDomainNameException e) {
            throw new InvalidInputException("domain", "invalid primary domain name: " + e.reason().explanation());
        }
    }

    /** R4: one hosting contract per website, hence per primary domain. */
    private static void requirePrimaryDomainFree(String domain) {
        Contract.<Contract>find("domain = ?1 and status in ?2", domain,
                        List.of(ContractStatus.ORDERED, ContractStatus.ACTIVE, ContractStatus.TERMINATION_REQUESTED))
                .firstResultOptional()
                .ifPresent(live -> {
                    throw new PrimaryDomainTakenException(domain, live.id);
                });
    }
}
