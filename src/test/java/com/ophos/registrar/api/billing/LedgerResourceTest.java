package com.ophos.registrar.api.billing;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import com.ophos.registrar.billing.BillingTestProfile;
import com.ophos.registrar.billing.contract.ContractFixture;
import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.CompanyFee;
import com.ophos.registrar.billing.ledger.Ledger;
import com.ophos.registrar.billing.ledger.RegistryCharge;
import com.ophos.registrar.registry.spi.Fee;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The ledger API: exact decimal strings in JSON, filters and pages, the CSV export, the R18 cap. */
@QuarkusTest
@TestProfile(BillingTestProfile.class)
class LedgerResourceTest {

    @Inject
    Ledger ledger;
    @Inject
    ContractFixture contracts;

    long customer;

    @BeforeEach
    void threeEntries() {
        customer = ContractFixture.newCustomer();
        ledger.recordRegistryCharge(charge("exemple.com", "verisign", ChargeKind.REGISTRY_CREATE, "8.99", "USD",
                "2026-10-03T10:00:00Z"));
        ledger.recordRegistryCharge(charge("exemple.fr", "afnic", ChargeKind.REGISTRY_HOLDER_CHANGE, "5.07", "EUR",
                "2026-10-20T10:00:00Z"));
        ledger.recordRegistryCharge(charge("exemple.fr", "afnic", ChargeKind.REGISTRY_RENEW, "5.07", "EUR",
                "2026-11-02T10:00:00Z"));
    }

    @Test
    @TestSecurity(user = "frontend", roles = "frontend")
    void entriesCarryExactDecimalStringsAndRegistryReferences() {
        given().get("/api/v1/customers/{id}/ledger", customer)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("entries.kind", contains("REGISTRY_CREATE", "REGISTRY_HOLDER_CHANGE", "REGISTRY_RENEW"))
                .body("entries[0].amount", equalTo("8.99"))
                .body("entries[0].currency", equalTo("USD"))
                .body("entries[0].vatRate", equalTo("0.2"))
                .body("entries[0].vatAmount", equalTo("1.80"))
                .body("entries[0].domain", equalTo("exemple.com"))
                .body("entries[1].svTRID", startsWith("AFNIC-"))
                .body("entries[1].clTRID", startsWith("cl-"))
                .body("entries[1].createdAt", equalTo("2026-10-20T10:00:00Z"));
    }

    @Test
    @TestSecurity(user = "support", roles = "support")
    void filtersAndPages() {
        given().queryParam("kind", "registry_renew").get("/api/v1/customers/{id}/ledger", customer)
                .then().statusCode(200).body("total", equalTo(1)).body("entries[0].amount", equalTo("5.07"));
        given().queryParam("domain", "exemple.fr").queryParam("from", "2026-10-01").queryParam("to", "2026-10-31")
                .get("/api/v1/customers/{id}/ledger", customer)
                .then().statusCode(200).body("entries.kind", contains("REGISTRY_HOLDER_CHANGE"));
        given().queryParam("size", 2).queryParam("page", 1).get("/api/v1/customers/{id}/ledger", customer)
                .then().statusCode(200).body("total", equalTo(3)).body("page", equalTo(1))
                .body("entries.kind", contains("REGISTRY_RENEW"));
    }

    @Test
    @TestSecurity(user = "frontend", roles = "frontend")
    void badFiltersAreA400NamingTheParameter() {
        given().queryParam("kind", "GIFT").get("/api/v1/customers/{id}/ledger", customer)
                .then().statusCode(400).body("fields", contains("kind"));
        given().queryParam("from", "yesterday").get("/api/v1/customers/{id}/ledger", customer)
                .then().statusCode(400).body("fields", contains("from"));
        given().queryParam("size", 0).get("/api/v1/customers/{id}/ledger", customer)
                .then().statusCode(400).body("fields", contains("size"));
    }

    @Test
    @TestSecurity(user = "frontend", roles = "frontend")
    void theSamePathExportsCsv() {
        ledger.recordCompanyFee(customer, CompanyFee.CONTENT_VIOLATION, "case \"7\", phishing");
        String csv = given().accept("text/csv").get("/api/v1/customers/{id}/ledger", customer)
                .then().statusCode(200).contentType(startsWith("text/csv"))
                .extract().asString();
        String[] lines = csv.split("\r\n", -1);
        assertThat(lines[0]).isEqualTo(LedgerCsv.HEADER);
        assertThat(lines).hasSize(6); // header, 4 entries, empty string after the last CRLF
        assertThat(lines[1]).contains(",exemple.com,REGISTRY_CREATE,8.99,USD,0.2,1.80,verisign,");
        assertThat(lines[4]).contains("CONTENT_VIOLATION_PENALTY,500.00,EUR,0.2,100.00")
                .endsWith(",\"case \"\"7\"\", phishing\"");
    }

    @Test
    @TestSecurity(user = "frontend", roles = "frontend")
    void theLiabilityCapIsLastMonthsSubscription() {
        contracts.active(customer, "pro", 12, "card", Instant.parse("2026-09-01T00:00:00Z"));
        given().queryParam("at", "2026-10-15T00:00:00Z").get("/api/v1/customers/{id}/liability-cap", customer)
                .then().statusCode(200)
                .body("rule", equalTo("R18"))
                .body("amount", equalTo("9.99"))
                .body("currency", equalTo("EUR"))
                .body("monthStart", equalTo("2026-09-15T00:00:00Z"));
    }

    @Test
    void anonymousCallersAreRefused() {
        given().get("/api/v1/customers/{id}/ledger", customer).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "someone", roles = "guest")
    void otherRolesAreForbidden() {
        given().get("/api/v1/customers/{id}/ledger", customer).then().statusCode(403);
    }

    private RegistryCharge charge(String domain, String registry, ChargeKind kind, String amount, String currency,
                                  String at) {
        long operation = ContractFixture.newCustomer();
        String svTRID = (registry.equals("afnic") ? "AFNIC-" : "VRSN-") + operation;
        return new RegistryCharge(customer, domain, operation, registry, kind, new Fee(new BigDecimal(amount), currency),
                "cl-" + operation, svTRID, Instant.parse(at));
    }
}
