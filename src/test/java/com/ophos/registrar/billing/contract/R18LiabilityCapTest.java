package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.billing.BillingTestProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R18: liability capped at the monthly prices of the contracts in force during the last month. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class R18LiabilityCapTest {

    private static final Instant AT = Instant.parse("2026-03-01T08:00:00Z");

    @Inject
    ContractFixture fixture;
    @Inject
    LiabilityCaps caps;
    @Inject
    TerminateContract terminate;
    @Inject
    WithdrawContract withdraw;

    @Test
    void theCapSumsTheMonthlyPricesOfTheContractsInForceDuringTheLastMonth() {
        long customer = ContractFixture.newCustomer();
        Contract pro = fixture.active(customer, "pro", 12, "card", AT);
        Contract semi = fixture.active(customer, "semi-dedicated", 1, "card", AT);
        terminate.run(semi.id, AT.plus(Duration.ofDays(2)));
        Contract withdrawn = fixture.ordered(customer, "starter", 12, "card", AT);
        withdraw.run(withdrawn.id, AT.plus(Duration.ofDays(1)));

        // On 2026-03-20 both activated contracts are in force: 9.99 + 29.90.
        LiabilityCap inMarch = caps.of(customer, Instant.parse("2026-03-20T00:00:00Z"));
        assertThat(inMarch.amount()).isEqualByComparingTo("39.89");
        assertThat(inMarch.contractIds()).containsExactly(pro.id, semi.id);
        assertThat(inMarch.currency()).isEqualTo("EUR");

        // The monthly one ended on 2026-04-01T08:02Z; by 2026-05-15 the last month only had pro.
        LiabilityCap inMay = caps.of(customer, Instant.parse("2026-05-15T00:00:00Z"));
        assertThat(inMay.amount()).isEqualByComparingTo("9.99");
        assertThat(inMay.contractIds()).containsExactly(pro.id);
    }

    @Test
    void aCustomerWithoutContractHasACapOfZero() {
        assertThat(caps.of(ContractFixture.newCustomer(), AT).amount()).isEqualByComparingTo("0.00");
    }
}
