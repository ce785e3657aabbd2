package com.ophos.registrar.epp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.epp.model.CheckItem;
import com.ophos.registrar.epp.model.ContactResData;
import com.ophos.registrar.epp.model.DomainResData;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.EppResponse;
import com.ophos.registrar.epp.model.FeeResData;
import com.ophos.registrar.epp.model.FrnicExtension;
import com.ophos.registrar.epp.model.FrnicResData;
import com.ophos.registrar.epp.model.Greeting;
import com.ophos.registrar.epp.model.HostAddress;
import com.ophos.registrar.epp.model.HostResData;
import com.ophos.registrar.epp.model.ObjectStatus;
import com.ophos.registrar.epp.model.Period;
import com.ophos.registrar.epp.model.RgpResData;
import com.ophos.registrar.registry.spi.Outcome;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Every response type the gateway reads, from hand-written fixtures (schema-valid where a schema exists). */
class EppReaderTest {

    private static EppResponse response(String fixture) {
        return (EppResponse) EppReader.read(Fixtures.load(fixture));
    }

    @ParameterizedTest
    @ValueSource(strings = {"greeting.xml", "greeting-fee-draft.xml", "domain-check-fee.xml", "domain-info.xml",
            "domain-create-fee.xml", "domain-renew-fee.xml", "poll-pan.xml", "poll-empty.xml", "error-2306.xml",
            "contact-check.xml", "contact-info-frnic.xml", "contact-create.xml", "host-check.xml", "host-info.xml",
            "frnic-check.xml", "frnic-trade.xml"})
    void fixturesAreValidEpp(String fixture) throws Exception {
        // epp-1.0 validates <extension> content laxly: frnic content and the draft fee namespace pass unchecked.
        EppSchemas.validate(Fixtures.load(fixture));
    }

    @Test
    void everySharedSampleIsValidAndOnlyResponsesReadAsResponses() throws Exception {
        List<java.nio.file.Path> samples;
        try (var files = Files.list(EppSchemas.sharedDir().resolve("epp-samples"))) {
            samples = files.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
        }
        assertThat(samples).hasSizeGreaterThanOrEqualTo(14);
        for (java.nio.file.Path sample : samples) {
            byte[] xml = Files.readAllBytes(sample);
            EppSchemas.validate(xml);
            if (sample.getFileName().toString().startsWith("response-")) {
                assertThat(EppReader.read(xml)).isInstanceOf(EppResponse.class);
            } else {
                // a command frame is not something a server may send us
                org.assertj.core.api.Assertions.assertThatThrownBy(() -> EppReader.read(xml))
                        .isInstanceOf(com.ophos.registrar.epp.EppProtocolException.class);
            }
        }
    }

    @Test
    void greeting() {
        Greeting g = (Greeting) EppReader.read(Fixtures.load("greeting.xml"));
        assertThat(g.serverId()).isEqualTo("Test Registry EPP");
        assertThat(g.serverDate()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(g.versions()).containsExactly("1.0");
        assertThat(g.languages()).containsExactly("en", "fr");
        assertThat(g.objectUris()).containsExactly(EppNamespaces.DOMAIN, EppNamespaces.CONTACT, EppNamespaces.HOST);
        assertThat(g.extensionUris()).contains(EppNamespaces.SEC_DNS, EppNamespaces.NAMESTORE);
        assertThat(g.feeNamespace()).contains(EppNamespaces.FEE);
        assertThat(g.dcp()).hasValueSatisfying(dcp -> {
            assertThat(dcp.access()).isEqualTo("all");
            assertThat(dcp.statements()).singleElement().satisfies(s -> {
                assertThat(s.purposes()).containsExactlyInAnyOrder("admin", "prov");
                assertThat(s.recipients()).containsExactlyInAnyOrder("ours", "public");
                assertThat(s.retention()).isEqualTo("stated");
            });
        });
    }

    @Test
    void greetingOfferingOnlyTheDraftFeeNamespace() {
        Greeting g = (Greeting) EppReader.read(Fixtures.load("greeting-fee-draft.xml"));
        assertThat(g.feeNamespace()).contains(EppNamespaces.FEE_DRAFT);
        assertThat(g.dcp().orElseThrow().access()).isEqualTo("none");
    }

    @Test
    void domainCheckWithFees() {
        EppResponse r = response("domain-check-fee.xml");
        assertThat(r.code()).isEqualTo(1000);
        assertThat(r.outcome()).isEqualTo(Outcome.SUCCESS);
        assertThat(r.clTRID()).contains("GW-CHK-1");
        assertThat(r.svTRID()).isEqualTo("SV-1001");
        assertThat(r.data(DomainResData.CheckData.class).orElseThrow().items()).containsExactly(
                new CheckItem("hebergement-client-4711.com", true, Optional.empty()),
                new CheckItem("google.com", false, Optional.of("In use")),
                new CheckItem("premium.com", true, Optional.empty()));
        FeeResData.CheckData fees = r.extension(FeeResData.CheckData.class).orElseThrow();
        assertThat(fees.currency()).isEqualTo("USD");
        FeeResData.CommandFee create = fees.item("hebergement-client-4711.com").orElseThrow().command("create")
                .orElseThrow();
        assertThat(create.standard()).isTrue();
        assertThat(create.period()).contains(Period.years(1));
        assertThat(create.total()).isEqualByComparingTo("10.26");
        assertThat(create.fees().get(0).refundable()).contains(true);
        assertThat(create.fees().get(0).gracePeriod()).contains("P5D");
        assertThat(fees.item("google.com").orElseThrow().available()).isFalse();
        assertThat(fees.item("google.com").orElseThrow().reason()).contains("Not available");
        FeeResData.CheckItem premium = fees.item("premium.com").orElseThrow();
        assertThat(premium.classification()).contains("premium-tier-1");
        assertThat(premium.command("create").orElseThrow().standard()).isFalse();
        assertThat(premium.command("create").orElseThrow().total()).isEqualTo(new BigDecimal("1250.50"));
    }

    @Test
    void draftFeeNamespaceReadsTheSame() {
        FeeResData.CheckData fees = response("domain-check-fee-draft.xml").extension(FeeResData.CheckData.class)
                .orElseThrow();
        assertThat(fees.currency()).isEqualTo("EUR");
        assertThat(fees.item("example.org").orElseThrow().command("create").orElseThrow().total())
                .isEqualByComparingTo("17.80");
    }

    @Test
    void domainInfoWithRgp() {
        EppResponse r = response("domain-info.xml");
        DomainResData.InfoData info = r.data(DomainResData.InfoData.class).orElseThrow();
        assertThat(info.name()).isEqualTo("client-site-0042.com");
        assertThat(info.roid()).isEqualTo("EXAMPLE1-REP");
        assertThat(info.statuses()).containsExactly(new ObjectStatus("ok", Optional.empty()),
                new ObjectStatus("clientHold", Optional.of("unpaid & late")));
        assertThat(info.registrant()).contains("GW-H1");
        assertThat(info.contacts()).extracting(c -> c.type() + "=" + c.id()).containsExactly("admin=GW-A1", "tech=GW-T1");
        assertThat(info.nameServers().hostObjects()).containsExactly("ns1.gw-hosting.example", "ns2.gw-hosting.example");
        assertThat(info.subordinateHosts()).containsExactly("ns1.client-site-0042.com");
        assertThat(info.sponsor()).isEqualTo("gw-registrar-01");
        assertThat(info.createdAt()).contains(Instant.parse("2024-03-14T09:15:00Z"));
        assertThat(info.expiresAt()).contains(Instant.parse("2026-03-14T09:15:00Z"));
        assertThat(info.transferredAt()).contains(Instant.parse("2024-05-31T22:00:00Z"));
        assertThat(info.authInfo()).contains("Zq8-kLm2!x");
        assertThat(info.toString()).doesNotContain("Zq8-kLm2!x");
        assertThat(r.toString()).doesNotContain("Zq8-kLm2!x");
        assertThat(r.extension(RgpResData.class).orElseThrow().statuses()).containsExactly("addPeriod");
        assertThat(r.results().get(0).language()).contains("en");
    }

    @Test
    void domainCreateAndRenewWithFees() {
        EppResponse created = response("domain-create-fee.xml");
        DomainResData.CreateData data = created.data(DomainResData.CreateData.class).orElseThrow();
        assertThat(data.createdAt()).isEqualTo(Instant.parse("2026-11-27T10:00:00Z"));
        assertThat(data.expiresAt()).contains(Instant.parse("2028-11-27T10:00:00Z"));
        FeeResData.TransformData fee = created.extension(FeeResData.TransformData.class).orElseThrow();
        assertThat(fee.kind()).isEqualTo("cre");
        assertThat(fee.total()).isEqualByComparingTo("21.86");
        assertThat(fee.balance()).contains(new BigDecimal("-5000.00"));
        assertThat(fee.creditLimit()).contains(new BigDecimal("10000.00"));

        EppResponse renewed = response("domain-renew-fee.xml");
        assertThat(renewed.data(DomainResData.RenewData.class).orElseThrow().expiresAt())
                .contains(Instant.parse("2027-03-14T00:00:00Z"));
        FeeResData.TransformData renewFee = renewed.extension(FeeResData.TransformData.class).orElseThrow();
        assertThat(renewFee.kind()).isEqualTo("ren");
        assertThat(renewFee.period()).contains(Period.years(1));
        assertThat(renewFee.total()).isEqualByComparingTo("14.09");
    }

    @Test
    void pendingTransferFromTheSharedSample() throws Exception {
        byte[] sample = Files.readAllBytes(EppSchemas.sharedDir().resolve("epp-samples/response-1001-pending.xml"));
        EppSchemas.validate(sample);
        EppResponse r = (EppResponse) EppReader.read(sample);
        assertThat(r.outcome()).isEqualTo(Outcome.PENDING);
        DomainResData.TransferData transfer = r.data(DomainResData.TransferData.class).orElseThrow();
        assertThat(transfer.status()).isEqualTo("pending");
        assertThat(transfer.requestedBy()).isEqualTo("gw-registrar-01");
        assertThat(transfer.actionBy()).isEqualTo("other-registrar");
        assertThat(transfer.actionAt()).isEqualTo(Instant.parse("2025-01-06T10:00:00Z"));
        assertThat(transfer.expiresAt()).contains(Instant.parse("2027-03-14T00:00:00Z"));
        assertThat(r.clTRID()).contains("GW-20250101-000107-TRF");
        assertThat(r.svTRID()).isEqualTo("SRV-0000000000123");
    }

    @Test
    void pollMessageWithPendingActionResult() {
        EppResponse r = response("poll-pan.xml");
        assertThat(r.code()).isEqualTo(1301);
        assertThat(r.messageQueue()).hasValueSatisfying(q -> {
            assertThat(q.count()).isEqualTo(5);
            assertThat(q.id()).isEqualTo("8812");
            assertThat(q.queuedAt()).contains(Instant.parse("2026-11-27T10:00:00Z"));
            assertThat(q.message()).contains("Transfer completed.");
        });
        DomainResData.PendingActionData pan = r.data(DomainResData.PendingActionData.class).orElseThrow();
        assertThat(pan.succeeded()).isTrue();
        assertThat(pan.clTRID()).contains("GW-20250101-000107-TRF");
        assertThat(pan.svTRID()).isEqualTo("SRV-0000000000123");
        assertThat(r.xml()).contains("panData");

        EppResponse empty = response("poll-empty.xml");
        assertThat(empty.code()).isEqualTo(1300);
        assertThat(empty.messageQueue()).isEmpty();
    }

    @Test
    void textInterruptedByACommentAndCdataReadsWhole() {
        String frame = """
                <?xml version="1.0" encoding="UTF-8"?>
                <epp xmlns="urn:ietf:params:xml:ns:epp-1.0"><response><result code="1000"><msg lang="en">Command \
                <!-- split -->completed <![CDATA[successfully]]></msg></result><trID><clTRID>A-1</clTRID>\
                <svTRID>S-1</svTRID></trID></response></epp>
                """;
        EppResponse r = (EppResponse) EppReader.read(frame.getBytes(StandardCharsets.UTF_8));
        assertThat(r.results().get(0).message()).isEqualTo("Command completed successfully");
        assertThat(r.results().get(0).language()).contains("en");
        assertThat(r.clTRID()).contains("A-1");
    }

    @Test
    void errorWithExtValue() {
        EppResponse r = response("error-2306.xml");
        assertThat(r.isSuccess()).isFalse();
        assertThat(r.outcome()).isEqualTo(Outcome.POLICY_REFUSED);
        assertThat(r.results().get(0).extValues()).singleElement().satisfies(v -> {
            assertThat(v.value()).isEqualTo("curExpDate=2026-03-14");
            assertThat(v.reason()).isEqualTo("curExpDate does not match the expiry date");
        });
    }

    @Test
    void contactResponses() {
        assertThat(response("contact-check.xml").data(ContactResData.CheckData.class).orElseThrow().items())
                .containsExactly(new CheckItem("GW-1", true, Optional.empty()),
                        new CheckItem("GW-2", false, Optional.of("In use")));
        EppResponse info = response("contact-info-frnic.xml");
        ContactResData.InfoData data = info.data(ContactResData.InfoData.class).orElseThrow();
        assertThat(data.id()).isEqualTo("AE1234-FRNIC");
        assertThat(data.postalInfos()).singleElement().satisfies(p -> {
            assertThat(p.organization()).contains("Atelier Exemple SARL");
            assertThat(p.street()).containsExactly("12 rue des Tilleuls");
            assertThat(p.postalCode()).contains("44000");
            assertThat(p.countryCode()).isEqualTo("FR");
        });
        assertThat(data.voice()).contains("+33.240000000");
        assertThat(data.sponsor()).isEqualTo("gw-fr-01");
        FrnicResData.ContactInfo frnic = info.extension(FrnicResData.ContactInfo.class).orElseThrow();
        assertThat(frnic.individual()).isFalse();
        FrnicExtension.LegalEntityInfos legal = frnic.legalEntity().orElseThrow();
        assertThat(legal.legalStatus()).isEqualTo(FrnicExtension.LegalStatus.COMPANY);
        assertThat(legal.siren()).contains("123456782");
        assertThat(legal.vat()).contains("FR00123456782");
        assertThat(response("contact-create.xml").data(ContactResData.CreateData.class).orElseThrow().id())
                .isEqualTo("AE1234-FRNIC");
    }

    @Test
    void hostResponses() {
        assertThat(response("host-check.xml").data(HostResData.CheckData.class).orElseThrow().items())
                .containsExactly(new CheckItem("ns1.gw-hosting.example", false, Optional.of("In use")));
        HostResData.InfoData info = response("host-info.xml").data(HostResData.InfoData.class).orElseThrow();
        assertThat(info.addresses()).containsExactly(new HostAddress("192.0.2.2", false),
                new HostAddress("2001:db8::2", true));
        assertThat(info.statuses()).extracting(ObjectStatus::value).containsExactly("linked");
    }

    @Test
    void frnicCheckFlagsAndTrade() {
        FrnicResData.CheckData check = response("frnic-check.xml").extension(FrnicResData.CheckData.class).orElseThrow();
        assertThat(check.items()).containsExactly(
                new FrnicResData.CheckItem("paris.fr", true, false, Optional.of("City name")));
        EppResponse trade = response("frnic-trade.xml");
        assertThat(trade.outcome()).isEqualTo(Outcome.PENDING);
        FrnicResData.OperationData op = trade.extension(FrnicResData.OperationData.class).orElseThrow();
        assertThat(op.operation()).isEqualTo("trade");
        assertThat(op.status()).isEqualTo("pending");
        assertThat(op.newHolder()).contains("NX777-FRNIC");
        assertThat(op.dueAt()).contains(Instant.parse("2026-12-12T10:00:00Z"));
    }

    @Test
    void resultCodesMapToOutcomes() {
        assertThat(List.of(1000, 1001, 1300, 1301, 1500, 2302, 2303, 2304, 2305, 2306, 2201, 2202, 2400, 2500, 2501,
                2502, 2003, 2005, 2308).stream().map(com.ophos.registrar.epp.model.ResultCodes::outcome).toList())
                .containsExactly(Outcome.SUCCESS, Outcome.PENDING, Outcome.SUCCESS, Outcome.SUCCESS, Outcome.SUCCESS,
                        Outcome.OBJECT_EXISTS, Outcome.OBJECT_DOES_NOT_EXIST, Outcome.STATUS_PROHIBITS,
                        Outcome.STATUS_PROHIBITS, Outcome.POLICY_REFUSED, Outcome.AUTHORIZATION_FAILED,
                        Outcome.AUTHORIZATION_FAILED, Outcome.COMMAND_FAILED, Outcome.SESSION_ENDED,
                        Outcome.SESSION_ENDED, Outcome.SESSION_ENDED, Outcome.SYNTAX_REFUSED, Outcome.SYNTAX_REFUSED,
                        Outcome.POLICY_REFUSED);
    }
}
