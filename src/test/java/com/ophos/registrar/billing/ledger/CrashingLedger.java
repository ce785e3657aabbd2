package com.ophos.registrar.billing.ledger;

import com.ophos.registrar.registry.spi.Fee;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The gateway failing at its ledger: installed for one test in place of the ledger (QuarkusMock), it
 * makes the first registry charge or refund of {@code kind} throw an {@link Error}, before or just
 * after the real ledger committed it. The transaction around the call rolls back, as a process killed
 * at that instant would leave it; a flow that catches the failure may mark its entry unknown, which
 * is also not finished. Everything else goes to the real ledger.
 */
public final class CrashingLedger extends Ledger {

    /** What a killed process leaves: nothing caught it, nothing after it ran. */
    public static final class SimulatedCrash extends Error {
        SimulatedCrash(String where) {
            super("simulated crash " + where);
        }
    }

    public enum Point { BEFORE_THE_WRITE, AFTER_THE_WRITE }

    private final Ledger real;
    private final ChargeKind kind;
    private final Point point;
    private final AtomicBoolean crashed = new AtomicBoolean();

    public CrashingLedger(Ledger real, ChargeKind kind, Point point) {
        super(null, null, null);
        this.real = real;
        this.kind = kind;
        this.point = point;
    }

    public boolean crashed() {
        return crashed.get();
    }

    @Override
    public LedgerEntry recordRegistryCharge(RegistryCharge charge) {
        return charge.kind() == kind ? crashOnce(() -> real.recordRegistryCharge(charge))
                : real.recordRegistryCharge(charge);
    }

    @Override
    public LedgerEntry recordRefund(RegistryRefund refund) {
        return kind == ChargeKind.REFUND_ADD_GRACE ? crashOnce(() -> real.recordRefund(refund))
                : real.recordRefund(refund);
    }

    private LedgerEntry crashOnce(java.util.function.Supplier<LedgerEntry> write) {
        if (crashed.get()) {
            return write.get();
        }
        if (point == Point.BEFORE_THE_WRITE) {
            crashed.set(true);
            throw new SimulatedCrash("before the " + kind + " entry");
        }
        write.get();
        crashed.set(true);
        throw new SimulatedCrash("after the " + kind + " entry committed");
    }

    @Override
    public LedgerEntry recordAccountMoveTransfer(long customerId, String domain, long moveId, String registryId,
                                                 Fee fee, String clTRID, String svTRID, Instant at) {
        return real.recordAccountMoveTransfer(customerId, domain, moveId, registryId, fee, clTRID, svTRID, at);
    }

    @Override
    public LedgerEntry recordCompanyFee(long customerId, CompanyFee fee, String reference) {
        return real.recordCompanyFee(customerId, fee, reference);
    }

    @Override
    public LedgerEntry recordContractEntry(long customerId, long contractId, String domain, ChargeKind kind,
                                           BigDecimal amount, String reference, Instant at) {
        return real.recordContractEntry(customerId, contractId, domain, kind, amount, reference, at);
    }

    @Override
    public LedgerPage list(LedgerFilter filter, int page, int size) {
        return real.list(filter, page, size);
    }

    @Override
    public List<LedgerEntry> listAll(LedgerFilter filter) {
        return real.listAll(filter);
    }

    @Override
    public List<LedgerEntry> entriesOfContract(long contractId) {
        return real.entriesOfContract(contractId);
    }
}
