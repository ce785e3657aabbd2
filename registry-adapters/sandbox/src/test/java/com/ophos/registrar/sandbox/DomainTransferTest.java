package com.ophos.registrar.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 5731 transfers between two registrar accounts, with poll messages (RFC 5730 poll). */
class DomainTransferTest extends SandboxTestSupport {
    private EppTestClient losing;
    private EppTestClient gaining;
    private Instant expiry;

    @BeforeEach
    void createDomainOldEnoughToTransfer() throws Exception {
        start(generic().transferAutoApprove(Duration.ofDays(5)));
        losing = loggedIn(REGISTRAR, PASSWORD);
        gaining = loggedIn(OTHER_REGISTRAR, OTHER_PASSWORD);
        Domains.created(losing, "moving.org");
        registry.clock().advance(Duration.ofDays(61));
        expiry = registry.domain("moving.org").orElseThrow().expires();
    }

    @AfterEach
    void disconnect() throws Exception {
        losing.close();
        gaining.close();
    }

    @Test
    void requestIsPendingAndTellsTheLosingRegistrarThroughPoll() throws Exception {
        EppReply request = gaining.send(Domains.transfer("request", "moving.org", "Auth-moving.org"));
        assertThat(request.code()).isEqualTo(1001);
        assertThat(request.text("//domain:trStatus")).isEqualTo("pending");
        assertThat(request.text("//domain:reID")).isEqualTo(OTHER_REGISTRAR);
        assertThat(request.text("//domain:acID")).isEqualTo(REGISTRAR);
        assertThat(registry.domain("moving.org").orElseThrow().statuses()).contains("pendingTransfer");

        EppReply poll = losing.send(Epp.pollRequest());
        assertThat(poll.code()).isEqualTo(1301);
        assertThat(poll.text("//epp:msgQ/@count")).isEqualTo("1");
        assertThat(poll.text("//domain:trnData/domain:trStatus")).isEqualTo("pending");
        String id = poll.text("//epp:msgQ/@id");
        assertThat(losing.send(Epp.pollAck(id)).code()).isEqualTo(1000);
        assertThat(losing.send(Epp.pollRequest()).code()).isEqualTo(1300);
        assertThat(losing.send(Epp.pollAck(id)).code()).isEqualTo(2303);
    }

    @Test
    void approveMovesTheDomainAndAddsTheYear() throws Exception {
        gaining.send(Domains.transfer("request", "moving.org", "Auth-moving.org"));
        assertThat(gaining.send(Domains.transfer("approve", "moving.org", null)).code()).isEqualTo(2201);
        EppReply approved = losing.send(Domains.transfer("approve", "moving.org", null));
        assertThat(approved.code()).isEqualTo(1000);
        assertThat(approved.text("//domain:trStatus")).isEqualTo("clientApproved");
        DomainSnapshot domain = registry.domain("moving.org").orElseThrow();
        assertThat(domain.sponsorClientId()).isEqualTo(OTHER_REGISTRAR);
        assertThat(domain.expires()).isEqualTo(expiry.atZone(ZoneOffset.UTC).plusYears(1).toInstant());
        assertThat(domain.transferred()).isPresent();
        assertThat(registry.pollQueue(OTHER_REGISTRAR)).extracting(m -> m.transfer().orElseThrow().status())
                .containsExactly("clientApproved");
    }

    @Test
    void rejectAndCancelEndTheTransferWithoutMovingIt() throws Exception {
        gaining.send(Domains.transfer("request", "moving.org", "Auth-moving.org"));
        assertThat(losing.send(Domains.transfer("reject", "moving.org", null)).code()).isEqualTo(1000);
        assertThat(registry.domain("moving.org").orElseThrow().sponsorClientId()).isEqualTo(REGISTRAR);
        assertThat(losing.send(Domains.transfer("reject", "moving.org", null)).code()).isEqualTo(2301);

        gaining.send(Domains.transfer("request", "moving.org", "Auth-moving.org"));
        assertThat(losing.send(Domains.transfer("cancel", "moving.org", null)).code()).isEqualTo(2201);
        assertThat(gaining.send(Domains.transfer("cancel", "moving.org", null)).code()).isEqualTo(1000);
        assertThat(registry.domain("moving.org").orElseThrow().pendingTransfer()).isEmpty();
        assertThat(registry.pollQueue(OTHER_REGISTRAR)).extracting(m -> m.transfer().orElseThrow().status())
                .containsExactly("clientRejected", "clientCancelled");
    }

    @Test
    void queryShowsThePendingTransferToBothParties() throws Exception {
        assertThat(gaining.send(Domains.transfer("query", "moving.org", null)).code()).isEqualTo(2301);
        gaining.send(Domains.transfer("request", "moving.org", "Auth-moving.org"));
        assertThat(gaining.send(Domains.transfer("query", "moving.org", null)).text("//domain:trStatus"))
                .isEqualTo("pending");
        assertThat(losing.send(Domains.transfer("query", "moving.org", null)).code()).isEqualTo(1000);
    }

    @Test
    void theServerApprovesWhenTheLosingRegistrarDoesNothing() throws Exception {
        gaining.send(Domains.transfer("request", "moving.org", "Auth-moving.org"));
        registry.clock().advance(Duration.ofDays(5).plusMinutes(1));
        EppReply info = gaining.send(Domains.info("moving.org"));
        assertThat(info.text("//domain:clID")).isEqualTo(OTHER_REGISTRAR);
        assertThat(registry.pollQueue(REGISTRAR)).extracting(m -> m.transfer().orElseThrow().status())
                .containsExactly("pending", "serverApproved");
    }

    @Test
    void refusedRequests() throws Exception {
        assertThat(gaining.send(Domains.transfer("request", "moving.org", "wrong")).code()).isEqualTo(2202);
        assertThat(gaining.send(Domains.transfer("request", "moving.org", null)).code()).isEqualTo(2202);
        assertThat(losing.send(Domains.transfer("request", "moving.org", "Auth-moving.org")).code()).isEqualTo(2106);
        losing.send(Domains.addStatus("moving.org", "clientTransferProhibited"));
        assertThat(gaining.send(Domains.transfer("request", "moving.org", "Auth-moving.org")).code())
                .isEqualTo(2304);
        losing.send(Domains.removeStatus("moving.org", "clientTransferProhibited"));
        assertThat(gaining.send(Domains.transfer("request", "moving.org", "Auth-moving.org")).code())
                .isEqualTo(1001);
        assertThat(gaining.send(Domains.transfer("request", "moving.org", "Auth-moving.org")).code())
                .isEqualTo(2300);
    }

    @Test
    void aNameYoungerThanTheTransferLockCannotMove() throws Exception {
        Domains.created(losing, "young.org");
        assertThat(gaining.send(Domains.transfer("request", "young.org", "Auth-young.org")).code()).isEqualTo(2106);
    }
}
