package com.ophos.registrar.console;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import com.ophos.registrar.dispute.DisputeFixtures;
import com.ophos.registrar.dispute.DisputeFixtures.Managed;
import com.ophos.registrar.dispute.DisputeTestProfile;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The console over HTTP: who may see it, what the pages show, and that forms need the console's token. */
@QuarkusTest
@TestProfile(DisputeTestProfile.class)
class ConsoleTest {
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");

    @Inject
    DisputeFixtures fixtures;

    @Inject
    MeterRegistry meters;

    static RequestSpecification asSupport() {
        return given().auth().preemptive().basic("support", "support");
    }

    @Test
    void onlySupportSeesTheConsole() {
        given().get("/support").then().statusCode(401);
        given().auth().preemptive().basic("frontend", "frontend").get("/support").then().statusCode(403);
        asSupport().get("/support").then().statusCode(200).contentType(ContentType.HTML);
    }

    @Test
    void dashboardShowsOpenCasesRegistryHealthTheCommandChartAndRenewalRuns() {
        Managed name = fixtures.managed("dashboard");
        long id = openThroughTheConsole(name.domain());
        // What the EPP adapters count per command (epp_commands_total{registry,command,code}).
        meters.counter("epp_commands_total", "registry", "verisign", "command", "domain:update", "code", "1000").increment(7);
        meters.counter("epp_commands_total", "registry", "verisign", "command", "domain:update", "code", "2304").increment(2);

        String page = asSupport().get("/support").then().statusCode(200).extract().asString();

        assertThat(page).contains("/support/cases/" + id, name.domain(), "FROZEN", "Dupont Industries SA");
        assertThat(page).contains("<td>verisign</td>", "<td>afnic</td>", "<td>generic</td>",
                "<td>verisign.reseller</td>");
        assertThat(page).contains("<svg id=\"command-chart\"", "verisign 1000", "verisign 2304", "#c0392b");
        assertThat(page).contains("No renewal runs recorded");
    }

    @Test
    void casePageShowsTheRegistryStateAndTheTimeline() {
        Managed name = fixtures.managed("casepage");
        long id = openThroughTheConsole(name.domain());

        asSupport().get("/support/cases/" + id).then().statusCode(200)
                .body(containsString("clientTransferProhibited"))
                .body(containsString("sponsor ophos-vrsn (us)"))
                .body(containsString("domain:update"))
                .body(containsString("mail:customer-notice"))
                .body(containsString("id=\"action-hand-over\""));
    }

    @Test
    void searchFindsManagedDomainsAndTheirCases() {
        Managed name = fixtures.managed("searchme");
        long id = openThroughTheConsole(name.domain());

        asSupport().queryParam("q", name.domain().substring(0, 12)).get("/support/search").then().statusCode(200)
                .body(containsString(name.domain())).body(containsString("/support/cases/" + id));
        asSupport().queryParam("q", "no-such-name-anywhere").get("/support/search").then().statusCode(200)
                .body(containsString("No managed domain matches"));
    }

    @Test
    void aFormWithoutTheConsoleTokenIsRefusedAndChangesNothing() {
        Managed name = fixtures.managed("csrf");
        long id = openThroughTheConsole(name.domain());

        asSupport().contentType(ContentType.URLENC).formParam("action", "reject").formParam("reason", "forged")
                .formParam("token", "forged").post("/support/cases/" + id + "/actions")
                .then().statusCode(400).body(containsString("token"));
        asSupport().get("/support/cases/" + id).then().body(containsString("FROZEN")).body(not(containsString("forged")));
    }

    @Test
    void aRefusedActionIsExplainedOnAPageWithItsRule() {
        Managed name = fixtures.managed("refusedpage");
        long id = openThroughTheConsole(name.domain());
        String token = tokenFrom(asSupport().queryParam("action", "close").get("/support/cases/" + id + "/confirm")
                .then().statusCode(200).extract().asString());

        asSupport().contentType(ContentType.URLENC).formParam("token", token).formParam("action", "close")
                .formParam("reason", "too early").post("/support/cases/" + id + "/actions")
                .then().statusCode(409).body(containsString("(R3)"));
    }

    @Test
    void theAccountPageMovesANameToTheOtherRegistryAccountAfterConfirmation() {
        Managed name = fixtures.managed("consolemove");
        asSupport().queryParam("q", name.domain()).get("/support/search").then().statusCode(200)
                .body(containsString("id=\"account-" + name.domain() + "\""));
        String page = asSupport().get("/support/domains/" + name.domain() + "/account").then().statusCode(200)
                .body(containsString("id=\"current-account\">verisign<"))
                .body(containsString("<option value=\"verisign.reseller\">"))
                .extract().asString();

        asSupport().contentType(ContentType.URLENC).formParam("token", "forged").formParam("account", "verisign.reseller")
                .formParam("reason", "forged").post("/support/domains/" + name.domain() + "/account")
                .then().statusCode(400).body(containsString("token"));
        assertThat(name.snapshot().sponsorClientId()).isEqualTo("ophos-vrsn");

        asSupport().contentType(ContentType.URLENC).formParam("token", tokenFrom(page))
                .formParam("account", "verisign.reseller").formParam("reason", "Reseller programme (R24)")
                .post("/support/domains/" + name.domain() + "/account").then().statusCode(200)
                .body(containsString("id=\"move-result\""))
                .body(containsString("DONE: verisign → verisign.reseller"))
                .body(containsString("id=\"current-account\">verisign.reseller<"));
        assertThat(name.snapshot().sponsorClientId()).isEqualTo("ophos-vrsn-2");
    }

    static String tokenFrom(String page) {
        Matcher m = TOKEN.matcher(page);
        assertThat(m.find()).as("form token on the page").isTrue();
        return m.group(1);
    }

    private long openThroughTheConsole(String domain) {
        String token = tokenFrom(asSupport().queryParam("domain", domain).get("/support/cases/new")
                .then().statusCode(200).extract().asString());
        String location = asSupport().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("token", token).formParam("domain", domain).formParam("kind", "THIRD_PARTY_CLAIM")
                .formParam("claimant", "Dupont Industries SA").formParam("grounds", "Trademark FR 4567890")
                .formParam("documents", "court-order-118.pdf\nINPI-4567890")
                .formParam("deadline", LocalDate.now().plusDays(20).toString()).formParam("reason", "letter")
                .post("/support/cases").then().statusCode(303).extract().header("Location");
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }
}
