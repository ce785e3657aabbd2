package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.BillingConfig;
import com.ophos.registrar.lifecycle.ContractNotPaidException;
import com.ophos.registrar.lifecycle.UnknownCustomerException;
import com.ophos.registrar.lifecycle.model.Customer;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;

/**
 * Activates a paid contract (R6) by sending the activation notice; the notice's timestamp is the
 * contract's start (R10) and proof that the customer asked for activation (R16). The notice goes to
 * the e-mail address recorded for the contract's customer, never to one named by the caller: the
 * notice is the customer's proof, so it must reach the customer.
 */
@ApplicationScoped
public class ActivateContract {

    private final Mailer mailer;
    private final BillingConfig config;

    ActivateContract(Mailer mailer, BillingConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    @Transactional
    public Contract run(long contractId, Instant noticeAt) {
        Contract contract = Contract.require(contractId);
        if (contract.status != ContractStatus.ORDERED || contract.suspended) {
            throw new ContractStateException("R10", contract, "activate");
        }
        if (!contract.isPaid()) {
            throw new ContractNotPaidException(contractId, "activation waits for the verified payment");
        }
        Customer customer = Customer.findById(contract.customerId);
        if (customer == null) {
            throw new UnknownCustomerException(contract.customerId);
        }
        contract.status = ContractStatus.ACTIVE;
        contract.activatedAt = noticeAt;
        contract.termEndsAt = StartedMonths.plus(noticeAt, contract.termMonths);
        // Sent last: if the mail cannot be sent the transaction rolls back and the contract stays unactivated.
        mailer.send(Mail.withText(customer.email, "Your " + contract.offerName + " contract for " + contract.domain
                        + " is active",
                "Your contract " + contract.id + " (" + contract.offerName + ", " + contract.termMonths
                        + " months) for " + contract.domain + " is active from " + noticeAt
                        + " until " + contract.termEndsAt + ".\n")
                .setFrom(config.mailFrom()));
        return contract;
    }
}
