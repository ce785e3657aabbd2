package com.ophos.registrar.billing.contract;

import com.ophos.registrar.lifecycle.ContractNotPaidException;
import com.ophos.registrar.billing.BillingConfig;
import com.ophos.registrar.common.InvalidInputException;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.regex.Pattern;

/**
 * Activates a paid contract (R6) by sending the activation notice; the notice's timestamp is the
 * contract's start (R10) and proof that the customer asked for activation (R16).
 */
@ApplicationScoped
public class ActivateContract {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final Mailer mailer;
    private final BillingConfig config;

    ActivateContract(Mailer mailer, BillingConfig config) {
        this.mailer = mailer;
        this.config = config;
    }

    @Transactional
    public Contract run(long contractId, String customerEmail, Instant noticeAt) {
        Contract contract = Contract.require(contractId);
        if (contract.status != ContractStatus.ORDERED || contract.suspended) {
            throw new ContractStateException("R10", contract, "activate");
        }
        if (!contract.isPaid()) {
            throw new ContractNotPaidException(contractId, "activation waits for the verified payment");
        }
        if (customerEmail == null || !EMAIL.matcher(customerEmail).matches()) {
            throw new InvalidInputException("email", "the customer's email address receives the activation notice (R10)");
        }
        contract.status = ContractStatus.ACTIVE;
        contract.activatedAt = noticeAt;
        contract.termEndsAt = StartedMonths.plus(noticeAt, contract.termMonths);
        // Sent last: if the mail cannot be sent the transaction rolls back and the contract stays unactivated.
        mailer.send(Mail.withText(customerEmail, "Your " + contract.offerName + " contract for " + contract.domain
                        + " is active",
                "Your contract " + contract.id + " (" + contract.offerName + ", " + contract.termMonths
                        + " months) for " + contract.domain + " is active from " + noticeAt
                        + " until " + contract.termEndsAt + ".\n")
                .setFrom(config.mailFrom()));
        return contract;
    }
}
