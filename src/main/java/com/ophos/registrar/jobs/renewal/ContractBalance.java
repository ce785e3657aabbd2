package com.ophos.registrar.jobs.renewal;

import com.ophos.registrar.billing.contract.RecordPayment;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;

/**
 * What a contract's customer has paid beyond what the contract billed so far (subscription,
 * upgrades, renewals, minus credits): a renewal is paid when this covers its amount.
 */
@ApplicationScoped
public class ContractBalance {
    private final Ledger ledger;

    ContractBalance(Ledger ledger) {
        this.ledger = ledger;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public BigDecimal unused(long contractId) {
        BigDecimal billed = ledger.entriesOfContract(contractId).stream()
                .map(entry -> entry.amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return RecordPayment.totalPaid(contractId).subtract(billed);
    }
}
