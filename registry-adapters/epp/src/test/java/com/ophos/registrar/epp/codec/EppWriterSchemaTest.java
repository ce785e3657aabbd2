package com.ophos.registrar.epp.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.epp.model.CommandExtension;
import com.ophos.registrar.epp.model.ContactCommand;
import com.ophos.registrar.epp.model.DomainCommand;
import com.ophos.registrar.epp.model.DomainCommand.ContactRef;
import com.ophos.registrar.epp.model.DomainCommand.NameServers;
import com.ophos.registrar.epp.model.EppCommand;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.epp.model.FeeExtension;
import com.ophos.registrar.epp.model.FrnicCommand;
import com.ophos.registrar.epp.model.FrnicExtension;
import com.ophos.registrar.epp.model.HostAddress;
import com.ophos.registrar.epp.model.HostCommand;
import com.ophos.registrar.epp.model.NamestoreExtension;
import com.ophos.registrar.epp.model.Period;
import com.ophos.registrar.epp.model.PollCommand;
import com.ophos.registrar.epp.model.RgpExtension;
import com.ophos.registrar.epp.model.SecDnsExtension;
import com.ophos.registrar.epp.model.SessionCommand;
import com.ophos.registrar.epp.model.SyncExtension;
import com.ophos.registrar.registry.spi.DsData;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every command and extension the codec can emit validates against the official EPP schemas. */
class EppWriterSchemaTest {
    private static final DsData DS = new DsData(12345, 13, 2,
            "49FD46E6C4B45C55D4AC69CBD3CD34AC1AFE51DE0A4B4E8F2A1B3C4D5E6F7081");
    private static final FrnicExtension.LegalEntityInfos COMPANY = new FrnicExtension.LegalEntityInfos(
            FrnicExtension.LegalStatus.COMPANY, Optional.empty(), Optional.of("123456782"),
            Optional.of("FR00123456782"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    private static final ContactCommand.PostalInfo POSTAL = new ContactCommand.PostalInfo("loc",
            "Atelier Exemple SARL", Optional.of("Atelier Exemple SARL"), List.of("12 rue des Tilleuls"), "Nantes",
            Optional.empty(), Optional.of("44000"), "FR");

    static Stream<Arguments> frames() {
        NamestoreExtension com = new NamestoreExtension("dotCOM");
        DomainCommand.Create create = new DomainCommand.Create("hebergement-client-4711.com",
                Optional.of(Period.years(2)), NameServers.objects(List.of("ns1.gw-hosting.example",
                "ns2.gw-hosting.example")), Optional.of("GW-H1"),
                List.of(new ContactRef("admin", "GW-A1"), new ContactRef("tech", "GW-T1")), "Zq8-kLm2!x");
        DomainCommand.Create createFr = new DomainCommand.Create("atelier-exemple.fr", Optional.of(Period.years(1)),
                NameServers.attributes(List.of(DomainCommand.HostAttr.of("ns1.gw-hosting.example"),
                        new DomainCommand.HostAttr("ns1.atelier-exemple.fr",
                                List.of(HostAddress.of("192.0.2.1"), HostAddress.of("2001:db8::1"))))),
                Optional.of("AE1234-FRNIC"), List.of(new ContactRef("admin", "AE1234-FRNIC"),
                new ContactRef("tech", "GW42-FRNIC")), "Fr-Auth-9x2");
        DomainCommand.Update update = new DomainCommand.Update("client-site-0042.com",
                new DomainCommand.Changes(NameServers.objects(List.of("ns3.gw-hosting.example")),
                        List.of(new ContactRef("tech", "GW-T2")),
                        List.of(new DomainCommand.Status("clientHold", Optional.of("payment < due & late")))),
                new DomainCommand.Changes(NameServers.objects(List.of("ns1.gw-hosting.example")), List.of(),
                        List.of(DomainCommand.Status.of("clientTransferProhibited"))),
                Optional.of("GW-H2"), Optional.of("n3w<Auth>&"));
        return Stream.of(
                frame("login", new SessionCommand.Login("gw-registrar-01", "s3cr3t-Pw!", Optional.of("n3w-Pw-2026"),
                        "1.0", "en", List.of(EppNamespaces.DOMAIN, EppNamespaces.CONTACT),
                        List.of(EppNamespaces.SEC_DNS, EppNamespaces.FEE))),
                frame("logout", new SessionCommand.Logout()),
                frame("poll req", new PollCommand.Request()),
                frame("poll ack", new PollCommand.Ack("8812")),
                frame("domain check + fee check", new DomainCommand.Check(List.of("a.com", "b.com", "c.com")), com,
                        new FeeExtension.Check(Optional.of("USD"), List.of(
                                FeeExtension.CommandQuery.of("create", Period.years(1)),
                                FeeExtension.CommandQuery.of("renew"), FeeExtension.CommandQuery.of("restore"),
                                new FeeExtension.CommandQuery("transfer", Optional.of("open"), Optional.empty(),
                                        Optional.empty())))),
                frame("domain info", new DomainCommand.Info("client-site-0042.com", "all", Optional.of("Zq8-kLm2!x")),
                        com),
                frame("domain create + secDNS + fee", create, com, new SecDnsExtension.Create(List.of(DS)),
                        FeeExtension.Transform.of(FeeExtension.TransformKind.CREATE, "USD", new BigDecimal("21.86"))),
                frame("domain create .fr host attributes", createFr),
                frame("domain renew + fee", new DomainCommand.Renew("client-site-0042.net", LocalDate.of(2026, 3, 14),
                        Optional.of(Period.years(1))), new NamestoreExtension("dotNET"),
                        FeeExtension.Transform.of(FeeExtension.TransformKind.RENEW, "USD", new BigDecimal("14.09"))),
                frame("domain update + secDNS", update, com, new SecDnsExtension.Update(List.of(DS), List.of(DS), false)),
                frame("domain update secDNS rem all", DomainCommand.Update.extensionsOnly("x.com"),
                        new SecDnsExtension.Update(List.of(), List.of(), true)),
                frame("rgp restore request + fee update", DomainCommand.Update.extensionsOnly("oubli.com"),
                        new RgpExtension.RestoreRequest(), com,
                        FeeExtension.Transform.of(FeeExtension.TransformKind.UPDATE, "USD", new BigDecimal("40.00"))),
                frame("rgp restore report", DomainCommand.Update.extensionsOnly("oubli.com"),
                        new RgpExtension.RestoreReport("ns1.example", "ns1.example", Instant.parse("2026-01-01T00:00:00Z"),
                                Instant.parse("2026-01-20T10:00:00Z"), "Registrant error.",
                                List.of("This registrar has not restored the name in order to assume the rights.",
                                        "The information in this report is true to best of this registrar's knowledge."),
                                Optional.of("customer forgot")), com),
                frame("sync", DomainCommand.Update.extensionsOnly("client-site-0042.com"),
                        new SyncExtension(MonthDay.of(6, 30)), com),
                frame("domain delete", new DomainCommand.Delete("x.com"), com),
                frame("transfer request + fee", new DomainCommand.Transfer(DomainCommand.TransferOp.REQUEST, "x.com",
                        Optional.of(Period.years(1)), Optional.of("Auth-123")), com,
                        FeeExtension.Transform.of(FeeExtension.TransformKind.TRANSFER, "USD", new BigDecimal("10.26"))),
                frame("transfer query", new DomainCommand.Transfer(DomainCommand.TransferOp.QUERY, "x.com",
                        Optional.empty(), Optional.empty())),
                frame("transfer approve", new DomainCommand.Transfer(DomainCommand.TransferOp.APPROVE, "x.com",
                        Optional.empty(), Optional.empty())),
                frame("transfer reject", new DomainCommand.Transfer(DomainCommand.TransferOp.REJECT, "x.com",
                        Optional.empty(), Optional.empty())),
                frame("transfer cancel", new DomainCommand.Transfer(DomainCommand.TransferOp.CANCEL, "x.com",
                        Optional.empty(), Optional.empty())),
                frame("contact check", new ContactCommand.Check(List.of("GW-1", "GW-2"))),
                frame("contact info", new ContactCommand.Info("GW-1", Optional.of("Ct-4711-x"))),
                frame("contact create + frnic", new ContactCommand.Create("GW00001", List.of(POSTAL),
                        Optional.of("+33.240000000"), Optional.empty(), "domaines@atelier-exemple.test", "Ct-4711-x"),
                        new FrnicExtension.ContactCreate(COMPANY)),
                frame("contact create association", new ContactCommand.Create("GW00002", List.of(POSTAL),
                        Optional.empty(), Optional.of("+33.240000001"), "asso@example.test", "Ct-4711-y"),
                        new FrnicExtension.ContactCreate(new FrnicExtension.LegalEntityInfos(
                                FrnicExtension.LegalStatus.ASSOCIATION, Optional.empty(), Optional.empty(),
                                Optional.empty(), Optional.of("FR-TM-1"),
                                Optional.of(FrnicExtension.Association.waldec("W442000001")),
                                Optional.of("123456789"), Optional.empty()))),
                frame("contact update", new ContactCommand.Update("GW-1", List.of("clientDeleteProhibited"),
                        List.of("clientUpdateProhibited"), List.of(POSTAL), Optional.of("+33.1"), Optional.empty(),
                        Optional.of("new@example.test"), Optional.of("Ct-new-1"))),
                frame("contact delete", new ContactCommand.Delete("GW-1")),
                frame("host check", new HostCommand.Check(List.of("ns1.example.com"))),
                frame("host info", new HostCommand.Info("ns1.example.com")),
                frame("host create", new HostCommand.Create("ns1.example.com",
                        List.of(HostAddress.of("192.0.2.2"), HostAddress.of("2001:db8::2")))),
                frame("host update", new HostCommand.Update("ns1.example.com", List.of(HostAddress.of("192.0.2.3")),
                        List.of("clientUpdateProhibited"), List.of(HostAddress.of("192.0.2.2")), List.of(),
                        Optional.of("ns9.example.com"))),
                frame("host delete", new HostCommand.Delete("ns1.example.com")),
                frame("frnic trade request", new FrnicCommand.Trade(FrnicCommand.TradeOp.REQUEST, "atelier-exemple.fr",
                        Optional.of("NX777-FRNIC"), Optional.of("Fr-Auth-9x2"))),
                frame("frnic trade query", new FrnicCommand.Trade(FrnicCommand.TradeOp.QUERY, "atelier-exemple.fr",
                        Optional.empty(), Optional.empty())),
                frame("frnic trade cancel", new FrnicCommand.Trade(FrnicCommand.TradeOp.CANCEL, "atelier-exemple.fr",
                        Optional.empty(), Optional.empty())),
                frame("frnic recover", new FrnicCommand.Recover("atelier-exemple.fr", "NX777-FRNIC", "AFNIC-REC-1")));
    }

    private static Arguments frame(String label, com.ophos.registrar.epp.model.Command command,
                                   CommandExtension... extensions) {
        return Arguments.of(label, EppCommand.of(command, "GW-TEST-" + label.hashCode(), extensions));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("frames")
    void emittedFrameIsSchemaValid(String label, EppCommand command) throws Exception {
        byte[] xml = EppWriter.write(command, Optional.of(EppNamespaces.FEE));
        EppSchemas.validate(xml);
    }

    @Test
    void helloIsSchemaValid() throws Exception {
        EppSchemas.validate(EppWriter.hello());
    }

    @Test
    void feeIsWrittenInTheDraftNamespaceWhenThatIsWhatTheServerOffers() {
        EppCommand check = EppCommand.of(new DomainCommand.Check(List.of("a.com")), "GW-FEE-1",
                new FeeExtension.Check(Optional.empty(), List.of(FeeExtension.CommandQuery.of("create"))));
        String xml = new String(EppWriter.write(check, Optional.of(EppNamespaces.FEE_DRAFT)), StandardCharsets.UTF_8);
        assertThat(xml).contains("xmlns:fee=\"urn:ietf:params:xml:ns:fee-1.0\"")
                .doesNotContain("urn:ietf:params:xml:ns:epp:fee-1.0");
    }

    @Test
    void valuesAreEscapedByTheWriter() throws Exception {
        EppCommand info = EppCommand.of(new DomainCommand.Info("x.com", "all",
                Optional.of("<pw>&\"evil\"</pw>")), "GW-ESC-1");
        byte[] xml = EppWriter.write(info, Optional.empty());
        EppSchemas.validate(xml);
        assertThat(new String(xml, StandardCharsets.UTF_8)).contains("&lt;pw&gt;&amp;\"evil\"&lt;/pw&gt;");
    }

    @Test
    void framesAreDeclaredAndEncodedAsUtf8() throws Exception {
        ContactCommand.PostalInfo accented = new ContactCommand.PostalInfo("loc", "Hélène Çéline", Optional.empty(),
                List.of("3 allée des Hêtres"), "Besançon", Optional.empty(), Optional.of("25000"), "FR");
        EppCommand create = EppCommand.of(new ContactCommand.Create("GW00003", List.of(accented),
                Optional.empty(), Optional.empty(), "helene@exemple.test", "Ct-4711-x"), "GW-UTF8-1");
        byte[] xml = EppWriter.write(create, Optional.empty());
        EppSchemas.validate(xml);
        String text = new String(xml, StandardCharsets.UTF_8);
        assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>").contains("Besançon");
    }

    @Test
    void digestThatIsNotHexIsRefusedBeforeAnythingIsSent() {
        EppCommand create = EppCommand.of(DomainCommand.Update.extensionsOnly("x.com"), "GW-DS-1",
                new SecDnsExtension.Update(List.of(new DsData(1, 13, 2, "not hex")), List.of(), false));
        assertThatThrownBy(() -> EppWriter.write(create, Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void tradeFollowsTheSharedSampleShape() throws Exception {
        EppCommand trade = EppCommand.of(new FrnicCommand.Trade(FrnicCommand.TradeOp.REQUEST, "atelier-exemple.fr",
                Optional.of("NX777-FRNIC"), Optional.of("Fr-Auth-9x2")), "GW-20250101-000203-TRD");
        XmlElement ours = EppReader.parseTree(EppWriter.write(trade, Optional.empty()));
        XmlElement sample = EppReader.parseTree(java.nio.file.Files.readAllBytes(
                EppSchemas.sharedDir().resolve("epp-samples/domain-trade-fr.xml")));
        assertThat(normalised(ours)).isEqualTo(normalised(sample));
    }

    @Test
    void contactCreateFollowsTheSharedSampleShape() throws Exception {
        EppCommand create = EppCommand.of(new ContactCommand.Create("GW00001", List.of(POSTAL), Optional.of(
                "+33.240000000"), Optional.empty(), "domaines@atelier-exemple.test", "Ct-4711-x"),
                "GW-20250101-000201-CCR", new FrnicExtension.ContactCreate(COMPANY));
        XmlElement ours = EppReader.parseTree(EppWriter.write(create, Optional.empty()));
        XmlElement sample = EppReader.parseTree(java.nio.file.Files.readAllBytes(
                EppSchemas.sharedDir().resolve("epp-samples/contact-create-fr-legal-entity.xml")));
        assertThat(normalised(ours)).isEqualTo(normalised(sample));
    }

    /** Namespaces, names, attributes and trimmed text, ignoring prefixes and indentation. */
    private static String normalised(XmlElement e) {
        StringBuilder sb = new StringBuilder("{" + e.namespace() + "}" + e.localName()
                + new java.util.TreeMap<>(e.attributes()));
        if (e.children().isEmpty()) {
            sb.append('=').append(e.trimmedText());
        }
        sb.append('[');
        e.children().forEach(c -> sb.append(normalised(c)).append(','));
        return sb.append(']').toString();
    }
}
