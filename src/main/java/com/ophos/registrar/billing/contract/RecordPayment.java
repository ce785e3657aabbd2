package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.ledger.Money;
import com.ophos.registrar.common.ConflictException;
import com.ophos.registrar.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Records a payment for a contract; once the order is covered the contract is paid (R6). */
@ApplicationScoped
public class RecordPayment {

    @Transactional
    public Contract run(long contractId, PaymentReceived payment, Instant now) {
        Contract contract = Contract.require(contractId);
        if (!contract.status.isLive()) {
            throw new ContractStateException(null, contract, "receive a payment");
        }
        PaymentMethod method = PaymentMethod.parse("method", payment.method())
                .requireAllowedFor(contract.term(), "method");
        BigDecimal amount = positiveAmount(payment, contract.currency);
        String reference = requireReference(payment.reference());

        Optional<ContractPayment> already = ContractPayment.<ContractPayment>find(
                "contractId = ?1 and reference = ?2", contractId, reference).firstResultOptional();
        if (already.isPresent()) {
            if (already.get().amount.compareTo(amount) != 0 || already.get().method != method) {
                throw new ConflictException(null, List.of("reference"),
                        "payment " + reference + " was already recorded with another amount or method");
            }
            return contract;
        }
        ContractPayment received = new ContractPayment();
        received.contractId = contractId;
        received.amount = amount;
        received.currency = contract.currency;
        received.method = method;
        received.reference = reference;
        received.receivedAt = now;
        received.persist();

        if (!contract.isPaid() && totalPaid(contractId).compareTo(contract.subscriptionAmount()) >= 0) {
            contract.paidAt = now;
        }
        return contract;
    }

    public static BigDecimal totalPaid(long contractId) {
        return ContractPayment.<ContractPayment>list("contractId", contractId).stream()
                .map(p -> p.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static BigDecimal positiveAmount(PaymentReceived payment, String contractCurrency) {
        if (payment.amount() == null || payment.amount().signum() <= 0) {
            throw new InvalidInputException("amount", "a positive amount is required");
        }
        if (payment.currency() != null && !payment.currency().equals(contractCurrency)) {
            throw new InvalidInputException("currency", "the contract is billed in " + contractCurrency);
        }
        return Money.exact(payment.amount(), contractCurrency, "amount");
    }

    private static String requireReference(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > 128) {
            throw new InvalidInputException("reference", "the payment's reference (1-128 characters) is required");
        }
        return reference.trim();
    }
}
