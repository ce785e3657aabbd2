package com.ophos.registrar.billing.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.registry.spi.Fee;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;

/** A registry transaction is charged once, never for a failed command; refunds are credits. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class LedgerIdempotencyTest {

    private static final Instant AT = Instant.parse("2026-11-02T10:00:00Z");

    @Inject
    Ledger ledger;

    @Inject
    MeterRegistry meters;

    @Test
    void theSameSvTridRecordedTwiceIsOneCharge() {
        long customer = newCustomer();
        long operation = newOperation();
        RegistryCharge renew = new RegistryCharge(customer, "exemple.com", operation, "verisign", ChargeKind.REGISTRY_RENEW,
                new Fee(new BigDecimal("10.26"), "USD"), "cl-" + operation, "sv-" + operation, AT);

        LedgerEntry first = ledger.recordRegistryCharge(renew);
        LedgerEntry second = ledger.recordRegistryCharge(renew);

        assertThat(second.id).isEqualTo(first.id);
        assertThat(entriesOf(customer)).isEqualTo(1);
        assertThat(first.amount).isEqualByComparingTo("10.26");
        assertThat(first.currency).isEqualTo("USD");
        assertThat(first.vatAmount).isEqualByComparingTo("2.05");
    }

    @Test
    void aRenewalRetriedAfterATimeoutIsChargedOnce() {
        long customer = newCustomer();
        long operation = newOperation();
        // First attempt timed out on our side but the registry executed it; the retry of the same
        // operation is answered under another transaction id.
        ledger.recordRegistryCharge(new RegistryCharge(customer, "exemple.org", operation, "generic",
                ChargeKind.REGISTRY_RENEW, new Fee(new BigDecimal("9.50"), "EUR"), "cl-a-" + operation, "sv-a-" + operation, AT));
        LedgerEntry retried = ledger.recordRegistryCharge(new RegistryCharge(customer, "exemple.org", operation, "generic",
                ChargeKind.REGISTRY_RENEW, new Fee(new BigDecimal("9.50"), "EUR"), "cl-b-" + operation, "sv-b-" + operation,
                AT.plusSeconds(30)));

        assertThat(entriesOf(customer)).isEqualTo(1);
        assertThat(retried.svTRID).isEqualTo("sv-a-" + operation);
    }

    @Test
    void concurrentReportsOfOneRenewalYieldOneCharge() throws Exception {
        long customer = newCustomer();
        long operation = newOperation();
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Long>> ids = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                // Half report the first attempt's svTRID, half the retry's: one operation either way.
                String svTRID = "sv-" + (i % 2) + "-" + operation;
                ids.add(pool.submit(() -> {
                    start.await();
                    return ledger.recordRegistryCharge(new RegistryCharge(customer, "exemple.net", operation, "verisign",
                            ChargeKind.REGISTRY_RENEW, new Fee(new BigDecimal("11.84"), "USD"), "cl", svTRID, AT)).id;
                }));
            }
            start.countDown();
            Set<Long> distinct = new HashSet<>();
            for (Future<Long> id : ids) {
                distinct.add(id.get(120, TimeUnit.SECONDS));
            }
            assertThat(distinct).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(entriesOf(customer)).isEqualTo(1);
    }

    @Test
    void anSvTridTheRegistryReusesForAnotherOperationIsChargedAgainAndCounted() {
        long customer = newCustomer();
        long first = newOperation();
        long second = newOperation();
        String reused = "sv-reused-" + first;
        double before = reuses("generic");

        LedgerEntry a = ledger.recordRegistryCharge(new RegistryCharge(customer, "exemple.org", first, "generic",
                ChargeKind.REGISTRY_RENEW, new Fee(new BigDecimal("9.50"), "EUR"), "cl-1", reused, AT));
        LedgerEntry b = ledger.recordRegistryCharge(new RegistryCharge(customer, "exemple.net", second, "generic",
                ChargeKind.REGISTRY_CREATE, new Fee(new BigDecimal("8.99"), "EUR"), "cl-2", reused, AT));

        assertThat(b.id).isNotEqualTo(a.id);
        assertThat(b.operationId).isEqualTo(second);
        assertThat(b.svTRID).as("kept as the registry's reference").isEqualTo(reused);
        assertThat(entriesOf(customer)).isEqualTo(2);
        assertThat(reuses("generic") - before).isEqualTo(1.0);

        // The same operation reported again is neither a second charge nor another reuse.
        LedgerEntry again = ledger.recordRegistryCharge(new RegistryCharge(customer, "exemple.net", second, "generic",
                ChargeKind.REGISTRY_CREATE, new Fee(new BigDecimal("8.99"), "EUR"), "cl-2", reused, AT));
        assertThat(again.id).isEqualTo(b.id);
        assertThat(entriesOf(customer)).isEqualTo(2);
        assertThat(reuses("generic") - before).isEqualTo(1.0);
    }

    private double reuses(String registry) {
        Counter counter = meters.find("registrar.ledger.svtrid.reused").tag("registry", registry).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void aCommandWithoutSvTridIsNeverCharged() {
        long customer = newCustomer();
        for (String svTRID : new String[] {null, " "}) {
            assertThatThrownBy(() -> ledger.recordRegistryCharge(new RegistryCharge(customer, "exemple.com", newOperation(),
                    "verisign", ChargeKind.REGISTRY_CREATE, new Fee(new BigDecimal("10.26"), "USD"), "cl-x", svTRID, AT)))
                    .isInstanceOf(UnconfirmedChargeException.class);
        }
        assertThat(entriesOf(customer)).isZero();
    }

    @Test
    void r19HolderChangeIsRebilledAtCostWithTheRegistryReference() {
        long customer = newCustomer();
        long operation = newOperation();
        LedgerEntry entry = ledger.recordRegistryCharge(new RegistryCharge(customer, "exemple.fr", operation, "afnic",
                ChargeKind.REGISTRY_HOLDER_CHANGE, new Fee(new BigDecimal("5.07"), "EUR"), "cl-t", "AFNIC-TRADE-" + operation, AT));
        assertThat(entry.kind).isEqualTo(ChargeKind.REGISTRY_HOLDER_CHANGE);
        assertThat(entry.amount).isEqualByComparingTo("5.07");
        assertThat(entry.svTRID).isEqualTo("AFNIC-TRADE-" + operation);
        assertThat(entry.vatAmount).isEqualByComparingTo("1.01");
    }

    @Test
    void aDeletionInsideAddGraceRecordsTheRegistryCreditOnce() {
        long customer = newCustomer();
        long operation = newOperation();
        RegistryRefund refund = new RegistryRefund(customer, "exemple.com", operation, "verisign",
                new Fee(new BigDecimal("10.26"), "USD"), "cl-d", "sv-d-" + operation, AT);
        LedgerEntry credit = ledger.recordRefund(refund);
        ledger.recordRefund(refund);
        assertThat(credit.kind).isEqualTo(ChargeKind.REFUND_ADD_GRACE);
        assertThat(credit.amount).isEqualByComparingTo("-10.26");
        assertThat(credit.vatAmount).isEqualByComparingTo("-2.05");
        assertThat(entriesOf(customer)).isEqualTo(1);
    }

    @Test
    void r8AndR22CompanyFeesComeFromConfigurationAndAreChargedOncePerReference() {
        long customer = newCustomer();
        LedgerEntry reactivation = ledger.recordCompanyFee(customer, CompanyFee.REACTIVATION, "suspension-1");
        LedgerEntry again = ledger.recordCompanyFee(customer, CompanyFee.REACTIVATION, "suspension-1");
        LedgerEntry penalty1 = ledger.recordCompanyFee(customer, CompanyFee.CONTENT_VIOLATION, "violation-1");
        LedgerEntry penalty2 = ledger.recordCompanyFee(customer, CompanyFee.CONTENT_VIOLATION, "violation-2");

        assertThat(again.id).isEqualTo(reactivation.id);
        assertThat(reactivation.amount).isEqualByComparingTo("15.00");
        assertThat(reactivation.vatAmount).isEqualByComparingTo("3.00");
        assertThat(reactivation.currency).isEqualTo("EUR");
        assertThat(penalty1.amount).isEqualByComparingTo("500.00");
        assertThat(penalty1.vatAmount).isEqualByComparingTo("100.00");
        assertThat(penalty2.id).isNotEqualTo(penalty1.id);
        assertThat(entriesOf(customer)).isEqualTo(3);
    }

    @Test
    void aRegistryChargeMustBeOfARegistryKind() {
        assertThatThrownBy(() -> ledger.recordRegistryCharge(new RegistryCharge(newCustomer(), "exemple.com", newOperation(),
                "verisign", ChargeKind.REACTIVATION_FEE, new Fee(BigDecimal.TEN, "EUR"), "cl", "sv-k", AT)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private long entriesOf(long customer) {
        return ledger.list(new LedgerFilter(customer, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()),
                0, 100).total();
    }

    static long newCustomer() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    }

    static long newOperation() {
        return ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE / 2);
    }
}
