package com.ophos.registrar.sandbox;

import static com.ophos.registrar.sandbox.Epp.command;
import static com.ophos.registrar.sandbox.Epp.contact;
import static com.ophos.registrar.sandbox.Epp.domain;
import static com.ophos.registrar.sandbox.Epp.frnic;
import static com.ophos.registrar.sandbox.Epp.period;
import static com.ophos.registrar.sandbox.X.attr;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.epp.model.EppNamespaces;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The AFNIC dialect: server-assigned contact ids, frnic legal entities, hostAttr, contact counts, trade. */
class AfnicTest extends SandboxTestSupport {
    private EppTestClient client;

    @BeforeEach
    void connect() throws Exception {
        start(afnic());
        client = loggedIn(REGISTRAR, PASSWORD);
    }

    @Test
    void theRegistryAssignsContactIdsAndKeepsTheLegalEntity() throws Exception {
        EppReply reply = client.send(legalEntity("Atelier Exemple SARL"));
        assertThat(reply.code()).isEqualTo(1000);
        String id = reply.text("//contact:creData/contact:id");
        assertThat(id).matches("AT\\d+-FRNIC");
        ContactSnapshot contact = registry.contact(id).orElseThrow();
        assertThat(contact.legalEntity()).containsEntry("legalStatus", "company").containsEntry("siren", "123456782")
                .containsEntry("VAT", "FR00123456782");
        assertThat(contact.individual()).isFalse();
    }

    @Test
    void aContactWithoutFrnicDataIs2003() throws Exception {
        assertThat(client.send(command("create", contactCreate("No Frnic"))).code()).isEqualTo(2003);
    }

    @Test
    void createTakesInlineHostsAndExactlyOneAdminAndOneToThreeTechs() throws Exception {
        String holder = createdContact("Holder Company");
        String tech = createdContact("Tech Company");
        assertThat(client.send(frCreate("atelier-exemple.fr", holder, List.of(holder), List.of(tech), false)).code())
                .isEqualTo(1000);
        assertThat(registry.domain("atelier-exemple.fr").orElseThrow().nameservers())
                .containsExactly("ns1.gw-hosting.example", "ns2.gw-hosting.example");
        assertThat(client.send(frCreate("two-admins.fr", holder, List.of(holder, tech), List.of(tech), false))
                .code()).isEqualTo(2306);
        assertThat(client.send(frCreate("four-techs.fr", holder, List.of(holder),
                List.of(tech, tech, tech, tech), false)).code()).isEqualTo(2306);
        assertThat(client.send(frCreate("no-tech.fr", holder, List.of(holder), List.of(), false)).code())
                .isEqualTo(2306);
        assertThat(client.send(frCreate("host-objects.fr", holder, List.of(holder), List.of(tech), true)).code())
                .isEqualTo(2102);
    }

    @Test
    void tradeIsPendingThenSettledThroughAPollMessage() throws Exception {
        String holder = createdContact("Holder Company");
        String newHolder = createdContact("Nouvelle Societe");
        client.send(frCreate("atelier-exemple.fr", holder, List.of(holder), List.of(holder), false));
        assertThat(client.send(trade("atelier-exemple.fr", newHolder, "wrong")).code()).isEqualTo(2202);
        assertThat(registry.domain("atelier-exemple.fr").orElseThrow().registrant()).contains(holder);

        EppReply reply = client.send(trade("atelier-exemple.fr", newHolder, "Fr-Auth-9x2"));
        assertThat(reply.code()).isEqualTo(1001);
        assertThat(reply.text("//epp:clTRID")).isEqualTo("TRADE-1");
        assertThat(registry.domain("atelier-exemple.fr").orElseThrow().registrant()).contains(newHolder);
        EppReply poll = client.send(Epp.pollRequest());
        assertThat(poll.code()).isEqualTo(1301);
        assertThat(poll.text("//domain:panData/domain:name/@paResult")).isEqualTo("1");
        assertThat(poll.text("//domain:panData/domain:paTRID/epp:clTRID")).isEqualTo("TRADE-1");
    }

    @Test
    void holderChangesThroughTradeNotUpdate() throws Exception {
        String holder = createdContact("Holder Company");
        String newHolder = createdContact("Nouvelle Societe");
        client.send(frCreate("atelier-exemple.fr", holder, List.of(holder), List.of(holder), false));
        EppReply reply = client.send(command("update", domain("update", domain("name", "atelier-exemple.fr"),
                domain("chg", domain("registrant", newHolder)))));
        assertThat(reply.code()).isEqualTo(2306);
    }

    @Test
    void recoverMovesTheDomainToTheRequestingRegistrar() throws Exception {
        String holder = createdContact("Holder Company");
        client.send(frCreate("atelier-exemple.fr", holder, List.of(holder), List.of(holder), false));
        try (EppTestClient other = loggedIn(OTHER_REGISTRAR, OTHER_PASSWORD)) {
            String newHolder = other.send(legalEntity("Repreneur SAS")).text("//contact:creData/contact:id");
            X recover = X.el(Epp.EPP, "epp", X.el(Epp.EPP, "extension", frnic("ext", frnic("command",
                    frnic("recover", attr("op", "request"), frnic("domain", frnic("name", "atelier-exemple.fr"),
                            frnic("registrant", newHolder),
                            frnic("authInfo", X.el(EppNamespaces.DOMAIN, "domain:pw", "Fr-Auth-9x2")))),
                    frnic("clTRID", "RECOVER-1")))));
            assertThat(other.send(recover).code()).isEqualTo(1001);
        }
        DomainSnapshot domain = registry.domain("atelier-exemple.fr").orElseThrow();
        assertThat(domain.sponsorClientId()).isEqualTo(OTHER_REGISTRAR);
        assertThat(registry.pollQueue(REGISTRAR)).hasSize(1);
        assertThat(registry.pollQueue(OTHER_REGISTRAR).get(0).action().orElseThrow().succeeded()).isTrue();
    }

    @Test
    void restoreRequestAloneRestores() throws Exception {
        String holder = createdContact("Holder Company");
        client.send(frCreate("atelier-exemple.fr", holder, List.of(holder), List.of(holder), false));
        registry.clock().advance(Duration.ofDays(6));
        assertThat(client.send(Domains.delete("atelier-exemple.fr")).code()).isEqualTo(1001);
        EppReply restore = client.send(command("update", domain("update", domain("name", "atelier-exemple.fr"),
                domain("chg")), Epp.rgp("update", Epp.rgp("restore", attr("op", "request")))));
        assertThat(restore.code()).isEqualTo(1000);
        assertThat(registry.domain("atelier-exemple.fr").orElseThrow().statuses()).doesNotContain("pendingDelete");
    }

    private String createdContact(String name) throws Exception {
        EppReply reply = client.send(legalEntity(name));
        assertThat(reply.code()).isEqualTo(1000);
        return reply.text("//contact:creData/contact:id");
    }

    private static X contactCreate(String name) {
        return contact("create", contact("id", "GW00001"),
                contact("postalInfo", attr("type", "loc"), contact("name", name), contact("org", name),
                        contact("addr", contact("street", "12 rue des Tilleuls"), contact("city", "Nantes"),
                                contact("pc", "44000"), contact("cc", "FR"))),
                contact("voice", "+33.240000000"), contact("email", "domaines@atelier-exemple.test"),
                contact("authInfo", contact("pw", "Ct-4711-x")));
    }

    private static X legalEntity(String name) {
        return command("create", contactCreate(name), frnic("ext", frnic("create", frnic("contact",
                frnic("legalEntityInfos", frnic("legalStatus", attr("s", "company")), frnic("siren", "123456782"),
                        frnic("VAT", "FR00123456782"))))));
    }

    private static X frCreate(String name, String holder, List<String> admins, List<String> techs,
                              boolean hostObjects) {
        List<Object> parts = new ArrayList<>(List.of(domain("name", name), period(1)));
        parts.add(hostObjects
                ? domain("ns", domain("hostObj", "ns1.gw-hosting.example"))
                : domain("ns", domain("hostAttr", domain("hostName", "ns1.gw-hosting.example")),
                domain("hostAttr", domain("hostName", "ns2.gw-hosting.example"))));
        parts.add(domain("registrant", holder));
        admins.forEach(id -> parts.add(domain("contact", attr("type", "admin"), id)));
        techs.forEach(id -> parts.add(domain("contact", attr("type", "tech"), id)));
        parts.add(Epp.authInfo("Fr-Auth-9x2"));
        return command("create", domain("create", parts.toArray()));
    }

    private static X trade(String name, String newHolder, String auth) {
        return X.el(Epp.EPP, "epp", X.el(Epp.EPP, "extension", frnic("ext", frnic("command",
                frnic("trade", attr("op", "request"), frnic("domain", frnic("name", name),
                        frnic("registrant", newHolder),
                        frnic("authInfo", X.el(EppNamespaces.DOMAIN, "domain:pw", auth)))),
                frnic("clTRID", "TRADE-1")))));
    }
}
