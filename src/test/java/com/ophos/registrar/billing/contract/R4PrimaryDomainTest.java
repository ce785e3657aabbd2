package com.ophos.registrar.billing.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.common.ConflictException;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** R4: one hosting contract per primary domain; a withdrawn contract frees it. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class R4PrimaryDomainTest {

    private static final Instant AT = Instant.parse("2026-04-01T08:00:00Z");

    @Inject
    OrderContract order;
    @Inject
    WithdrawContract withdraw;

    @Test
    void aSecondLiveContractForTheSameDomainIsRefused() {
        String domain = ContractFixture.newDomain();
        Contract first = order.run(new ContractOrder(ContractFixture.newCustomer(), "pro", 12, "card", domain), AT);
        assertThatThrownBy(() -> order.run(new ContractOrder(ContractFixture.newCustomer(), "starter", 6, "card",
                domain.toUpperCase()), AT))
                .isInstanceOf(PrimaryDomainTakenException.class)
                .extracting(e -> ((ConflictException) e).rule()).isEqualTo("R4");

        withdraw.run(first.id, AT.plusSeconds(60));
        Contract second = order.run(new ContractOrder(ContractFixture.newCustomer(), "starter", 6, "card", domain), AT);
        assertThat(second.domain).isEqualTo(domain);
    }
}
