package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.RuleViolationException;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R16: withdrawal within the window (14 days by default), never after the activation notice. */
class R16WithdrawalWindowTest {

    private static final Instant ORDERED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Duration FOURTEEN_DAYS = Duration.ofDays(14);

    @Test
    void withdrawalInsideTheWindowIsAccepted() {
        assertThatCode(() -> WithdrawContract.requireWithdrawable(ordered(), ORDERED.plus(FOURTEEN_DAYS), FOURTEEN_DAYS))
                .doesNotThrowAnyException();
    }

    @Test
    void withdrawalAfterTheWindowIsRefusedCitingR16() {
        assertThatThrownBy(() -> WithdrawContract.requireWithdrawable(ordered(),
                ORDERED.plus(FOURTEEN_DAYS).plusSeconds(1), FOURTEEN_DAYS))
                .isInstanceOf(WithdrawalWindowClosedException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("R16");
    }

    @Test
    void theWindowLengthIsConfigurable() {
        Instant day10 = ORDERED.plus(Duration.ofDays(10));
        assertThatThrownBy(() -> WithdrawContract.requireWithdrawable(ordered(), day10, Duration.ofDays(7)))
                .isInstanceOf(WithdrawalWindowClosedException.class);
    }

    @Test
    void withdrawalAfterTheActivationNoticeIsRefusedEvenInsideTheWindow() {
        Contract contract = ordered();
        contract.status = ContractStatus.ACTIVE;
        contract.activatedAt = ORDERED.plusSeconds(3600);
        assertThatThrownBy(() -> WithdrawContract.requireWithdrawable(contract, ORDERED.plusSeconds(7200), FOURTEEN_DAYS))
                .isInstanceOf(WithdrawalAfterActivationException.class)
                .extracting(e -> ((RuleViolationException) e).rule()).isEqualTo("R16");
    }

    private static Contract ordered() {
        Contract contract = new Contract();
        contract.id = 7L;
        contract.status = ContractStatus.ORDERED;
        contract.orderedAt = ORDERED;
        return contract;
    }
}
