package com.ophos.registrar.billing.contract;

import com.ophos.registrar.billing.BillingConfig;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;

/**
 * R16: the consumer's withdrawal right, within the configured window (14 days from the order,
 * L.221-18) and only while the service was not activated at the customer's request. The
 * subscription is credited back in the ledger.
 */
@ApplicationScoped
public class WithdrawContract {

    private final BillingConfig config;
    private final Ledger ledger;

    WithdrawContract(BillingConfig config, Ledger ledger) {
        this.config = config;
        this.ledger = ledger;
    }

    @Transactional
    public Contract run(long contractId, Instant now) {
        Contract contract = Contract.require(contractId);
        requireWithdrawable(contract, now, Duration.ofDays(config.withdrawalDays()));
        contract.status = ContractStatus.WITHDRAWN;
        contract.withdrawnAt = now;
        contract.endsAt = now;
        ledger.recordContractEntry(contract.customerId, contract.id, contract.domain,
                ChargeKind.CONTRACT_WITHDRAWAL_CREDIT, contract.subscriptionAmount().negate(),
                "contract-" + contract.id + "-withdrawal", now);
        return contract;
    }

    static void requireWithdrawable(Contract contract, Instant now, Duration window) {
        if (contract.activatedAt != null) {
            throw new WithdrawalAfterActivationException(contract.id, contract.activatedAt);
        }
        if (contract.status != ContractStatus.ORDERED) {
            throw new ContractStateException("R16", contract, "withdraw");
        }
        Instant closesAt = contract.orderedAt.plus(window);
        if (now.isAfter(closesAt)) {
            throw new WithdrawalWindowClosedException(contract.id, closesAt);
        }
    }
}
