package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.common.RuleViolationException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R13: upgrade any time, prorated per started month (R12); no downgrade before the term. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class R13ChangeOfferTest {

    private static final Instant AT = Instant.parse("2026-01-15T10:00:00Z");

    @Inject
    ContractFixture fixture;
    @Inject
    ChangeOffer change;
    @Inject
    Ledger ledger;

    @Test
    void anUpgradeMidTermIsChargedForEveryStartedMonthLeftAndFreezesTheNewOffer() {
        Contract contract = fixture.active(ContractFixture.newCustomer(), "pro", 6, "card", AT);
        // Term ends 2026-07-15T10:02Z; on 2026-04-14 there are 3 months and a day left: 4 months.
        Instant upgradeAt = Instant.parse("2026-04-14T10:00:00Z");
        Contract upgraded = change.run(contract.id, "semi-dedicated", upgradeAt);

        assertThat(upgraded.offer().name()).isEqualTo("semi-dedicated");
        assertThat(upgraded.offer().priceMonthly()).isEqualByComparingTo("29.90");
        assertThat(upgraded.offerSnapshotAt).isEqualTo(upgradeAt);
        List<LedgerEntry> entries = ledger.entriesOfContract(contract.id);
        assertThat(entries).extracting(e -> e.kind)
                .containsExactly(ChargeKind.CONTRACT_SUBSCRIPTION, ChargeKind.CONTRACT_UPGRADE);
        assertThat(entries.get(0).amount).isEqualByComparingTo("59.94");
        assertThat(entries.get(1).amount).isEqualByComparingTo("79.64");
        assertThat(entries.get(1).vatAmount).isEqualByComparingTo("15.93");
    }

    @Test
    void aDowngradeBeforeTheTermIsRefusedCitingR13() {
        Contract contract = fixture.active(ContractFixture.newCustomer(), "pro", 12, "transfer", AT);
        assertThatThrownBy(() -> change.run(contract.id, "starter", AT.plus(Duration.ofDays(200))))
                .isInstanceOf(DowngradeBeforeTermException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("R13");
        assertThat(fixture.reread(contract.id).offerName).isEqualTo("pro");
    }

    @Test
    void aDowngradeAtTheTermIsAcceptedWithoutCharge() {
        Contract contract = fixture.active(ContractFixture.newCustomer(), "pro", 1, "card", AT);
        Contract downgraded = change.run(contract.id, "starter", contract.termEndsAt);
        assertThat(downgraded.offer().priceMonthly()).isEqualByComparingTo("4.99");
        assertThat(ledger.entriesOfContract(contract.id)).extracting(e -> e.kind)
                .containsExactly(ChargeKind.CONTRACT_SUBSCRIPTION);
    }
}
