package com.ophos.registrar.sandbox;

import static com.ophos.registrar.sandbox.Epp.command;
import static com.ophos.registrar.sandbox.Epp.domain;
import static com.ophos.registrar.sandbox.Epp.fee;
import static com.ophos.registrar.sandbox.Epp.host;
import static com.ophos.registrar.sandbox.Epp.subProduct;
import static com.ophos.registrar.sandbox.X.attr;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Verisign dialect: namestoreExt routing, host objects, USD fees, ConsoliDate. */
class VerisignTest extends SandboxTestSupport {
    private EppTestClient client;

    @BeforeEach
    void connect() throws Exception {
        start(verisign());
        client = loggedIn(REGISTRAR, PASSWORD);
    }

    @Test
    void domainCommandsWithoutSubProductAre2003() throws Exception {
        EppReply reply = client.send(Domains.create("client-site.com", 1, "Auth-1"));
        assertThat(reply.code()).isEqualTo(2003);
        assertThat(reply.text("//epp:extValue/epp:reason")).contains("subProduct");
        assertThat(registry.domain("client-site.com")).isEmpty();
    }

    @Test
    void aSubProductThatDoesNotMatchTheTldIs2306() throws Exception {
        EppReply reply = client.send(Domains.create("client-site.net", 1, "Auth-1", subProduct("dotCOM")));
        assertThat(reply.code()).isEqualTo(2306);
        assertThat(reply.text("//epp:extValue/epp:reason")).contains("dotNET");
        EppReply check = client.send(command("check", domain("check", domain("name", "a.com"),
                domain("name", "b.net")), subProduct("dotCOM")));
        assertThat(check.code()).isEqualTo(2306);
    }

    @Test
    void createWithTheRightSubProductAndFeeSucceeds() throws Exception {
        EppReply reply = client.send(Domains.create("hebergement-client-4711.com", 2, "Zq8-kLm2!x",
                subProduct("dotCOM"), fee("create", fee("currency", "USD"), fee("fee", "20.52"))));
        assertThat(reply.code()).isEqualTo(1000);
        assertThat(reply.text("//fee:creData/fee:currency")).isEqualTo("USD");
        assertThat(reply.text("//fee:creData/fee:fee")).isEqualTo("20.52");
        EppReply wrongCurrency = client.send(Domains.create("other-4711.com", 1, "Zq8-kLm2!x",
                subProduct("dotCOM"), fee("create", fee("currency", "EUR"), fee("fee", "10.26"))));
        assertThat(wrongCurrency.code()).isEqualTo(2004);
    }

    @Test
    void nameServersAreHostObjectsThatMustExist() throws Exception {
        X withNs = command("create", domain("create", domain("name", "ns-test.com"),
                domain("ns", domain("hostObj", "ns1.gw-hosting.example")), Epp.authInfo("Auth-1")),
                subProduct("dotCOM"));
        assertThat(client.send(withNs).code()).isEqualTo(2303);
        assertThat(client.send(command("create", host("create", host("name", "ns1.gw-hosting.example")))).code())
                .isEqualTo(1000);
        assertThat(client.send(withNs).code()).isEqualTo(1000);
        assertThat(registry.domain("ns-test.com").orElseThrow().nameservers())
                .containsExactly("ns1.gw-hosting.example");
        X withAttr = command("create", domain("create", domain("name", "attr-test.com"),
                domain("ns", domain("hostAttr", domain("hostName", "ns1.gw-hosting.example"))),
                Epp.authInfo("Auth-1")), subProduct("dotCOM"));
        assertThat(client.send(withAttr).code()).isEqualTo(2102);
    }

    @Test
    void consoliDateMovesTheExpiryToTheGivenDay() throws Exception {
        Domains.created(client, "client-site-0042.com", subProduct("dotCOM"));
        EppReply reply = client.send(command("update", domain("update", domain("name", "client-site-0042.com"),
                        domain("chg")),
                X.el(EppNamespaces.SYNC, "sync:update", X.el(EppNamespaces.SYNC, "sync:expMonthDay", "--06-30")),
                subProduct("dotCOM")));
        assertThat(reply.code()).isEqualTo(1000);
        var expiry = registry.domain("client-site-0042.com").orElseThrow().expires().atZone(ZoneOffset.UTC);
        assertThat(expiry.getMonthValue()).isEqualTo(6);
        assertThat(expiry.getDayOfMonth()).isEqualTo(30);
    }

    @Test
    void feeCheckIsInUsd() throws Exception {
        EppReply reply = client.send(command("check", domain("check", domain("name", "x.net")),
                subProduct("dotNET"), fee("check", fee("command", attr("name", "renew")))));
        assertThat(reply.text("//fee:chkData/fee:currency")).isEqualTo("USD");
        assertThat(reply.text("//fee:command[@name='renew']/fee:fee")).isEqualTo("11.84");
        assertThat(client.send(command("check", domain("check", domain("name", "x.net")), subProduct("dotNET"),
                fee("check", fee("currency", "EUR"), fee("command", attr("name", "renew"))))).code())
                .isEqualTo(2306);
    }

    @Test
    void draftFeeNamespaceIsSpokenWhenConfigured() throws Exception {
        registry.close();
        start(verisign().feeNamespace(EppNamespaces.FEE_DRAFT));
        // no schema for the draft namespace is in the shared directory: this one answer is not validated
        try (EppTestClient draft = EppTestClient.connect(registry, true, false)) {
            draft.login(REGISTRAR, PASSWORD, List.of(EppNamespaces.DOMAIN),
                    List.of(EppNamespaces.NAMESTORE, EppNamespaces.FEE_DRAFT));
            EppReply reply = draft.send(Domains.create("draft.com", 1, "Auth-1", subProduct("dotCOM"),
                    X.el(EppNamespaces.FEE_DRAFT, "fee:create", X.el(EppNamespaces.FEE_DRAFT, "fee:fee", "10.26"))));
            assertThat(reply.code()).isEqualTo(1000);
            assertThat(reply.text("//draftfee:creData/draftfee:fee")).isEqualTo("10.26");
        }
    }
}
