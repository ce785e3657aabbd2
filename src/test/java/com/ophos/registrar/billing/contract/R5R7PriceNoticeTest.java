package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.common.InvalidInputException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * R5: the offer is frozen at order and kept to the end of the term. R7: a price increase has a
 * 10-week opposition window and then applies to renewals, unless the customer terminated.
 * The tests share the offers r5-basic and r7-basic, hence the order.
 */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class R5R7PriceNoticeTest {

    private static final Instant T0 = Instant.parse("2025-01-10T09:00:00Z");

    @Inject
    ContractFixture fixture;
    @Inject
    PriceNotices notices;
    @Inject
    OfferCatalogue catalogue;
    @Inject
    RenewalPricing renewals;
    @Inject
    TerminateContract termination;

    @Test
    @Order(1)
    void r5TheOfferIsFrozenAtOrderWhateverTheCatalogueDoesLater() {
        Contract before = fixture.active(ContractFixture.newCustomer(), "r5-basic", 12, "card", T0);
        notices.announce("r5-basic", new BigDecimal("4.00"), T0.plus(Duration.ofDays(1)));
        Instant afterWindow = T0.plus(Duration.ofDays(1 + 70));
        assertThat(catalogue.offer("r5-basic", afterWindow).priceMonthly()).isEqualByComparingTo("4.00");

        Contract after = fixture.active(ContractFixture.newCustomer(), "r5-basic", 12, "card", afterWindow);
        Contract reread = fixture.reread(before.id);
        assertThat(reread.offer().priceMonthly()).isEqualByComparingTo("3.00");
        assertThat(reread.offer().features()).containsExactly("1 website", "1 GB storage");
        assertThat(reread.subscriptionAmount()).isEqualByComparingTo("36.00");
        assertThat(after.offer().priceMonthly()).isEqualByComparingTo("4.00");
    }

    @Test
    @Order(2)
    void r7TheNoticeHasATenWeekOppositionWindowAndOnlyRaisesPrices() {
        Instant notified = T0.plus(Duration.ofDays(31));
        PriceNotice notice = notices.announce("r7-basic", new BigDecimal("6.00"), notified);
        assertThat(notice.oppositionEndsAt).isEqualTo(notified.plus(Duration.ofDays(70)));
        assertThat(notice.oldPriceMonthly).isEqualByComparingTo("5.00");
        assertThatThrownBy(() -> notices.announce("r7-basic", new BigDecimal("6.00"), notified.plusSeconds(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> notices.announce("r7-basic", new BigDecimal("4.50"), notified.plusSeconds(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(notices.of("r7-basic")).extracting(n -> n.id).containsExactly(notice.id);
    }

    @Test
    @Order(3)
    void r7RenewalsStartingAfterTheWindowPayTheNewPriceOthersTheFrozenOne() {
        // Activated at T0 (+2 min), notice at T0+31d, accepted at T0+101d.
        Contract yearly = fixture.active(ContractFixture.newCustomer(), "r7-basic", 12, "transfer", T0);
        Contract monthly = fixture.active(ContractFixture.newCustomer(), "r7-basic", 1, "card", T0);

        RenewalQuote yearlyRenewal = renewals.quoteRenewal(yearly.id, T0);
        assertThat(yearlyRenewal.months()).isEqualTo(12);
        assertThat(yearlyRenewal.monthlyPrice()).isEqualByComparingTo("6.00");
        assertThat(yearlyRenewal.amount()).isEqualByComparingTo("72.00");
        assertThat(yearlyRenewal.priceNoticeId()).isNotNull();
        assertThat(yearlyRenewal.periodStart()).isEqualTo(yearly.termEndsAt);

        // The monthly contract's next period starts inside the opposition window: old price.
        RenewalQuote monthlyRenewal = renewals.quoteRenewal(monthly.id, T0);
        assertThat(monthlyRenewal.monthlyPrice()).isEqualByComparingTo("5.00");
        assertThat(monthlyRenewal.amount()).isEqualByComparingTo("5.00");
        assertThat(monthlyRenewal.priceNoticeId()).isNull();
        assertThat(monthlyRenewal.paymentMethod()).isEqualTo(PaymentMethod.CARD);
    }

    @Test
    @Order(4)
    void r7ACustomerWhoTerminatedIsNotRenewed() {
        Contract contract = fixture.active(ContractFixture.newCustomer(), "r7-basic", 6, "cheque", T0);
        termination.run(contract.id, T0.plus(Duration.ofDays(40)));
        assertThatThrownBy(() -> renewals.quoteRenewal(contract.id, T0.plus(Duration.ofDays(40))))
                .isInstanceOf(ContractStateException.class);
        Contract terminated = fixture.reread(contract.id);
        assertThat(terminated.status).isEqualTo(ContractStatus.TERMINATION_REQUESTED);
        assertThat(terminated.endsAt).isEqualTo(terminated.termEndsAt);
    }

    @Test
    @Order(5)
    void r12ARenewalToAGivenEndIsBilledPerStartedMonth() {
        Contract contract = fixture.active(ContractFixture.newCustomer(), "pro", 12, "card", T0);
        // Aligning on a date 2 months and 3 days after the term: 3 months at 9.99.
        Instant until = StartedMonths.plus(contract.termEndsAt, 2).plus(Duration.ofDays(3));
        RenewalQuote quote = renewals.quoteRenewalUntil(contract.id, until);
        assertThat(quote.months()).isEqualTo(3);
        assertThat(quote.amount()).isEqualByComparingTo("29.97");
    }
}
