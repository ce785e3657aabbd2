package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.ophos.registrar.common.InvalidInputException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** R14: duration changed for a breach, audited. R22: content violation penalty and termination within 24 h. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class R14R22SupportActionsTest {

    private static final Instant AT = Instant.parse("2026-08-01T08:00:00Z");

    @Inject
    ContractFixture fixture;
    @Inject
    ChangeTermForBreach changeTerm;
    @Inject
    RecordContentViolation contentViolation;

    @Test
    void r14SupportShortensTheTermAndTheChangeIsAudited() {
        Contract contract = fixture.active(ContractFixture.newCustomer(), "pro", 12, "card", AT);
        Instant newEnd = AT.plus(Duration.ofDays(30));
        Contract changed = changeTerm.run(contract.id, newEnd, "spam relay, ticket 4411", "support-eve", AT.plusSeconds(900));
        assertThat(changed.termEndsAt).isEqualTo(newEnd);
        ContractAudit audit = fixture.audit(contract.id).get(0);
        assertThat(audit.rule).isEqualTo("R14");
        assertThat(audit.actor).isEqualTo("support-eve");
        assertThat(audit.reason).isEqualTo("spam relay, ticket 4411");
        assertThat(audit.detail).contains(newEnd.toString());
        assertThatThrownBy(() -> changeTerm.run(contract.id, newEnd, " ", "support-eve", AT))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void r22EachViolationCostsFiveHundredEurosAndTheContractEndsWithin24Hours() {
        long customer = ContractFixture.newCustomer();
        Contract contract = fixture.active(customer, "pro", 12, "card", AT);
        Instant now = AT.plus(Duration.ofDays(3));
        LedgerEntry first = contentViolation.run(contract.id, "case-1", "phishing page", "support", now);
        LedgerEntry sameAgain = contentViolation.run(contract.id, "case-1", "phishing page", "support", now);
        LedgerEntry second = contentViolation.run(contract.id, "case-2", "malware", "support", now.plusSeconds(60));

        assertThat(first.kind).isEqualTo(ChargeKind.CONTENT_VIOLATION_PENALTY);
        assertThat(first.amount).isEqualByComparingTo("500.00");
        assertThat(sameAgain.id).isEqualTo(first.id);
        assertThat(second.id).isNotEqualTo(first.id);
        Contract ended = fixture.reread(contract.id);
        assertThat(ended.status).isEqualTo(ContractStatus.TERMINATION_REQUESTED);
        assertThat(ended.endsAt).isEqualTo(now.plus(Duration.ofHours(24)));
        assertThat(fixture.audit(contract.id)).extracting(a -> a.rule).containsOnly("R22");
    }

}
