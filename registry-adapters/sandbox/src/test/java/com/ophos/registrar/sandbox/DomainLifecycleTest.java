package com.ophos.registrar.sandbox;

import static com.ophos.registrar.sandbox.Epp.command;
import static com.ophos.registrar.sandbox.Epp.domain;
import static com.ophos.registrar.sandbox.Epp.fee;
import static com.ophos.registrar.sandbox.Epp.period;
import static com.ophos.registrar.sandbox.Epp.rgp;
import static com.ophos.registrar.sandbox.Epp.secDns;
import static com.ophos.registrar.sandbox.X.attr;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 5731 domain commands, RFC 3915 grace periods and RFC 8748 fees on a generic (.org) registry. */
class DomainLifecycleTest extends SandboxTestSupport {
    private EppTestClient client;

    @BeforeEach
    void startRegistry() throws Exception {
        start(generic().maxNamesPerCheck(3));
        client = loggedIn(REGISTRAR, PASSWORD);
    }

    @Test
    void checkTellsWhichNamesAreFreeAndWhyOthersAreNot() throws Exception {
        Domains.created(client, "taken.org");
        EppReply reply = client.send(command("check", domain("check", domain("name", "taken.org"),
                domain("name", "free.org"), domain("name", "elsewhere.com"))));
        assertThat(reply.code()).isEqualTo(1000);
        assertThat(reply.text("//domain:cd[domain:name='taken.org']/domain:name/@avail")).isEqualTo("0");
        assertThat(reply.text("//domain:cd[domain:name='taken.org']/domain:reason")).isEqualTo("In use");
        assertThat(reply.text("//domain:cd[domain:name='free.org']/domain:name/@avail")).isEqualTo("1");
        assertThat(reply.text("//domain:cd[domain:name='elsewhere.com']/domain:reason")).isEqualTo("TLD not served");
    }

    @Test
    void checkOfMoreNamesThanTheBatchLimitIs2306() throws Exception {
        EppReply reply = client.send(command("check", domain("check", domain("name", "a.org"),
                domain("name", "b.org"), domain("name", "c.org"), domain("name", "d.org"))));
        assertThat(reply.code()).isEqualTo(2306);
    }

    @Test
    void feeCheckPricesEachCommandForThePeriodAsked() throws Exception {
        EppReply reply = client.send(command("check", domain("check", domain("name", "shop.org")),
                fee("check", fee("currency", "EUR"),
                        fee("command", attr("name", "create"), fee("period", attr("unit", "y"), "2")),
                        fee("command", attr("name", "renew")),
                        fee("command", attr("name", "transfer")),
                        fee("command", attr("name", "restore")))));
        assertThat(reply.code()).isEqualTo(1000);
        assertThat(reply.text("//fee:chkData/fee:currency")).isEqualTo("EUR");
        assertThat(reply.text("//fee:command[@name='create']/fee:fee")).isEqualTo("19.00");
        assertThat(reply.text("//fee:command[@name='renew']/fee:fee")).isEqualTo("9.50");
        assertThat(reply.text("//fee:command[@name='transfer']/fee:fee")).isEqualTo("9.50");
        assertThat(reply.text("//fee:command[@name='restore']/fee:fee")).isEqualTo("35.00");
    }

    @Test
    void createAnswersDatesAndTheFeeChargedAndASecondCreateIs2302() throws Exception {
        EppReply reply = client.send(Domains.create("new.org", 2, "Auth-1", fee("create", fee("fee", "19.00"))));
        assertThat(reply.code()).isEqualTo(1000);
        Instant created = Instant.parse(reply.text("//domain:crDate"));
        assertThat(Instant.parse(reply.text("//domain:exDate")))
                .isEqualTo(created.atZone(ZoneOffset.UTC).plusYears(2).toInstant());
        assertThat(reply.text("//fee:creData/fee:fee")).isEqualTo("19.00");
        assertThat(registry.domain("new.org")).get().satisfies(d -> {
            assertThat(d.sponsorClientId()).isEqualTo(REGISTRAR);
            assertThat(d.rgpStatuses()).containsExactly("addPeriod");
        });
        assertThat(client.send(Domains.create("new.org", 1, "Auth-2")).code()).isEqualTo(2302);
    }

    @Test
    void createForAPeriodOutsidePolicyIs2306() throws Exception {
        assertThat(client.send(Domains.create("long.org", 11, "Auth-1")).code()).isEqualTo(2306);
        assertThat(registry.domain("long.org")).isEmpty();
    }

    @Test
    void echoedFeeThatDoesNotMatchIs2004AndNothingIsCreated() throws Exception {
        EppReply reply = client.send(Domains.create("cheap.org", 1, "Auth-1", fee("create", fee("fee", "1.00"))));
        assertThat(reply.code()).isEqualTo(2004);
        assertThat(registry.domain("cheap.org")).isEmpty();
    }

    @Test
    void sponsorSeesEverythingOthersSeeLittleAndAWrongAuthCodeIs2202() throws Exception {
        Domains.created(client, "info.org");
        EppReply own = client.send(Domains.info("info.org"));
        assertThat(own.text("//domain:authInfo/domain:pw")).isEqualTo("Auth-info.org");
        assertThat(own.text("//rgp:rgpStatus/@s")).isEqualTo("addPeriod");
        try (EppTestClient other = loggedIn(OTHER_REGISTRAR, OTHER_PASSWORD)) {
            EppReply limited = other.send(Domains.info("info.org"));
            assertThat(limited.code()).isEqualTo(1000);
            assertThat(limited.text("//domain:clID")).isEqualTo(REGISTRAR);
            assertThat(limited.has("//domain:exDate")).isFalse();
            assertThat(limited.has("//domain:authInfo")).isFalse();
            assertThat(other.send(Domains.infoWithAuth("info.org", "Auth-info.org")).text("//domain:exDate"))
                    .isNotEmpty();
            assertThat(other.send(Domains.infoWithAuth("info.org", "guess")).code()).isEqualTo(2202);
        }
        assertThat(client.send(Domains.info("missing.org")).code()).isEqualTo(2303);
    }

    @Test
    void renewMovesTheExpiryAndAReplayedRenewIs2306() throws Exception {
        Domains.created(client, "renew.org");
        Instant expiry = registry.domain("renew.org").orElseThrow().expires();
        String currentExpiry = expiry.atZone(ZoneOffset.UTC).toLocalDate().toString();
        EppReply renewed = client.send(Domains.renew("renew.org", currentExpiry, 2, fee("renew", fee("fee", "19.00"))));
        assertThat(renewed.code()).isEqualTo(1000);
        Instant expected = expiry.atZone(ZoneOffset.UTC).plusYears(2).toInstant();
        assertThat(Instant.parse(renewed.text("//domain:renData/domain:exDate"))).isEqualTo(expected);
        assertThat(renewed.text("//fee:renData/fee:fee")).isEqualTo("19.00");
        EppReply replay = client.send(Domains.renew("renew.org", currentExpiry, 2));
        assertThat(replay.code()).isEqualTo(2306);
        assertThat(registry.domain("renew.org").orElseThrow().expires()).isEqualTo(expected);
    }

    @Test
    void renewWithAWrongFeeIs2004() throws Exception {
        Domains.created(client, "fee.org");
        String currentExpiry = registry.domain("fee.org").orElseThrow().expires().toString().substring(0, 10);
        assertThat(client.send(Domains.renew("fee.org", currentExpiry, 1, fee("renew", fee("fee", "9.49"))))
                .code()).isEqualTo(2004);
    }

    @Test
    void updateChangesStatusesAuthCodeAndDsRecords() throws Exception {
        Domains.created(client, "upd.org");
        EppReply reply = client.send(command("update", domain("update", domain("name", "upd.org"),
                        domain("add", domain("status", attr("s", "clientHold"))),
                        domain("chg", domain("authInfo", domain("pw", "Changed-1")))),
                secDns("update", secDns("add", secDns("dsData", secDns("keyTag", "12345"), secDns("alg", "13"),
                        secDns("digestType", "2"), secDns("digest", "49FD46E6C4B45C55D4AC49FD46E6C4B45C55D4AC"))))));
        assertThat(reply.code()).isEqualTo(1000);
        DomainSnapshot domain = registry.domain("upd.org").orElseThrow();
        assertThat(domain.statuses()).contains("clientHold");
        assertThat(domain.authInfo()).isEqualTo("Changed-1");
        assertThat(domain.dsData()).containsExactly(new DsData(12345, 13, 2,
                "49FD46E6C4B45C55D4AC49FD46E6C4B45C55D4AC"));
        EppReply info = client.send(Domains.info("upd.org"));
        assertThat(info.text("//secDNS:dsData/secDNS:keyTag")).isEqualTo("12345");
        assertThat(client.send(Domains.addStatus("upd.org", "serverHold")).code()).isEqualTo(2306);
    }

    @Test
    void clientUpdateProhibitedBlocksUpdatesExceptItsOwnRemoval() throws Exception {
        Domains.created(client, "locked.org");
        assertThat(client.send(Domains.addStatus("locked.org", "clientUpdateProhibited")).code()).isEqualTo(1000);
        assertThat(client.send(Domains.addStatus("locked.org", "clientHold")).code()).isEqualTo(2304);
        assertThat(client.send(Domains.removeStatus("locked.org", "clientUpdateProhibited")).code()).isEqualTo(1000);
        assertThat(client.send(Domains.addStatus("locked.org", "clientHold")).code()).isEqualTo(1000);
    }

    @Test
    void serverUpdateProhibitedBlocksEveryUpdate() throws Exception {
        Domains.created(client, "server.org");
        registry.serverStatus("server.org", "serverUpdateProhibited", true);
        assertThat(client.send(Domains.addStatus("server.org", "clientHold")).code()).isEqualTo(2304);
        assertThat(registry.domain("server.org").orElseThrow().statuses()).doesNotContain("clientHold");
    }

    @Test
    void anotherRegistrarsDomainIs2201() throws Exception {
        Domains.created(client, "mine.org");
        try (EppTestClient other = loggedIn(OTHER_REGISTRAR, OTHER_PASSWORD)) {
            assertThat(other.send(Domains.addStatus("mine.org", "clientHold")).code()).isEqualTo(2201);
            assertThat(other.send(Domains.delete("mine.org")).code()).isEqualTo(2201);
            assertThat(other.send(Domains.renew("mine.org", "2030-01-01", 1)).code()).isEqualTo(2201);
        }
    }

    @Test
    void clientDeleteProhibitedBlocksDelete() throws Exception {
        Domains.created(client, "keep.org");
        client.send(Domains.addStatus("keep.org", "clientDeleteProhibited"));
        assertThat(client.send(Domains.delete("keep.org")).code()).isEqualTo(2304);
        assertThat(registry.domain("keep.org")).isPresent();
    }

    @Test
    void deleteWithinAddGraceRemovesTheNameAndCreditsTheCreateFee() throws Exception {
        Domains.created(client, "oops.org");
        EppReply reply = client.send(Domains.delete("oops.org"));
        assertThat(reply.code()).isEqualTo(1000);
        assertThat(reply.text("//fee:delData/fee:credit")).isEqualTo("-9.50");
        assertThat(registry.domain("oops.org")).isEmpty();
    }

    @Test
    void deleteAfterAddGraceEntersRedemptionAndRestoreRequestPlusReportBringsItBack() throws Exception {
        Domains.created(client, "late.org");
        registry.clock().advance(Duration.ofDays(6));
        assertThat(client.send(Domains.delete("late.org")).code()).isEqualTo(1001);
        DomainSnapshot deleted = registry.domain("late.org").orElseThrow();
        assertThat(deleted.statuses()).contains("pendingDelete");
        assertThat(deleted.rgpStatuses()).containsExactly("redemptionPeriod");
        assertThat(client.send(Domains.renew("late.org", deleted.expires().toString().substring(0, 10), 1)).code())
                .isEqualTo(2304);

        EppReply wrongFee = client.send(restore("late.org", "request", null, fee("update", fee("fee", "9.50"))));
        assertThat(wrongFee.code()).isEqualTo(2004);
        EppReply requested = client.send(restore("late.org", "request", null, fee("update", fee("fee", "35.00"))));
        assertThat(requested.code()).isEqualTo(1000);
        assertThat(requested.text("//rgp:upData/rgp:rgpStatus/@s")).isEqualTo("pendingRestore");
        assertThat(registry.domain("late.org").orElseThrow().rgpStatuses()).containsExactly("pendingRestore");

        EppReply reported = client.send(restore("late.org", "report", report()));
        assertThat(reported.code()).isEqualTo(1000);
        DomainSnapshot restored = registry.domain("late.org").orElseThrow();
        assertThat(restored.statuses()).doesNotContain("pendingDelete");
        assertThat(restored.rgpStatuses()).isEmpty();
    }

    @Test
    void restoreOutsideRedemptionIs2304() throws Exception {
        Domains.created(client, "alive.org");
        assertThat(client.send(restore("alive.org", "request", null)).code()).isEqualTo(2304);
    }

    @Test
    void aDeletedNameIsPurgedAfterRedemptionAndPendingDelete() throws Exception {
        Domains.created(client, "gone.org");
        registry.clock().advance(Duration.ofDays(6));
        client.send(Domains.delete("gone.org"));
        registry.clock().advance(Duration.ofDays(36));
        EppReply check = client.send(command("check", domain("check", domain("name", "gone.org"))));
        assertThat(check.text("//domain:name/@avail")).isEqualTo("1");
        assertThat(registry.domain("gone.org")).isEmpty();
    }

    @Test
    void aNameRestoredThenDeletedAgainIsPurgedOnItsSecondDeletionsDate() throws Exception {
        Domains.created(client, "twice.org");
        registry.clock().advance(Duration.ofDays(6));
        client.send(Domains.delete("twice.org"));
        client.send(restore("twice.org", "request", null, fee("update", fee("fee", "35.00"))));
        assertThat(client.send(restore("twice.org", "report", report())).code()).isEqualTo(1000);
        registry.clock().advance(Duration.ofDays(10));
        assertThat(client.send(Domains.delete("twice.org")).code()).isEqualTo(1001);

        registry.clock().advance(Duration.ofDays(30));
        assertThat(registry.domain("twice.org")).as("the first deletion's purge date has passed").isPresent();
        registry.clock().advance(Duration.ofDays(6));
        assertThat(registry.domain("twice.org")).isEmpty();
    }

    private static X restore(String name, String op, X report, X... extensions) {
        X[] all = new X[extensions.length + 1];
        all[0] = rgp("update", rgp("restore", attr("op", op), report));
        System.arraycopy(extensions, 0, all, 1, extensions.length);
        return command("update", domain("update", domain("name", name), domain("chg")), all);
    }

    private static X report() {
        return rgp("report", rgp("preData", "whois before deletion"), rgp("postData", "whois now"),
                rgp("delTime", "2026-01-01T00:00:00.0Z"), rgp("resTime", "2026-01-02T00:00:00.0Z"),
                rgp("resReason", "registrant error"), rgp("statement", "true statement"),
                rgp("statement", "second statement"));
    }
}
