package com.ophos.registrar.sandbox;

import static com.ophos.registrar.sandbox.Epp.command;
import static com.ophos.registrar.sandbox.Epp.contact;
import static com.ophos.registrar.sandbox.Epp.domain;
import static com.ophos.registrar.sandbox.Epp.host;
import static com.ophos.registrar.sandbox.X.attr;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 5733 contacts and RFC 5732 hosts: check, info, create, update, delete, 2305 while linked. */
class ContactAndHostTest extends SandboxTestSupport {
    private EppTestClient client;

    @BeforeEach
    void connect() throws Exception {
        start(generic());
        client = loggedIn(REGISTRAR, PASSWORD);
    }

    @Test
    void contactLifecycle() throws Exception {
        assertThat(client.send(contactCreate("C-1")).code()).isEqualTo(1000);
        assertThat(client.send(contactCreate("C-1")).code()).isEqualTo(2302);
        EppReply check = client.send(command("check", contact("check", contact("id", "C-1"), contact("id", "C-2"))));
        assertThat(check.text("//contact:cd[contact:id='C-1']/contact:id/@avail")).isEqualTo("0");
        assertThat(check.text("//contact:cd[contact:id='C-2']/contact:id/@avail")).isEqualTo("1");
        EppReply info = client.send(command("info", contact("info", contact("id", "C-1"))));
        assertThat(info.text("//contact:email")).isEqualTo("c@example.test");
        assertThat(info.text("//contact:clID")).isEqualTo(REGISTRAR);

        assertThat(client.send(command("update", contact("update", contact("id", "C-1"),
                contact("chg", contact("email", "new@example.test"))))).code()).isEqualTo(1000);
        assertThat(registry.contact("C-1").orElseThrow().email()).isEqualTo("new@example.test");

        try (EppTestClient other = loggedIn(OTHER_REGISTRAR, OTHER_PASSWORD)) {
            assertThat(other.send(command("info", contact("info", contact("id", "C-1")))).code()).isEqualTo(2201);
            assertThat(other.send(command("delete", contact("delete", contact("id", "C-1")))).code())
                    .isEqualTo(2201);
        }
        client.send(command("create", domain("create", domain("name", "linked.org"), domain("registrant", "C-1"),
                Epp.authInfo("Auth-1"))));
        assertThat(client.send(command("delete", contact("delete", contact("id", "C-1")))).code()).isEqualTo(2305);
        client.send(Domains.delete("linked.org"));
        assertThat(client.send(command("delete", contact("delete", contact("id", "C-1")))).code()).isEqualTo(1000);
        assertThat(registry.contact("C-1")).isEmpty();
    }

    @Test
    void domainCreateWithAnUnknownContactIs2303() throws Exception {
        assertThat(client.send(command("create", domain("create", domain("name", "x.org"),
                domain("registrant", "NOPE"), Epp.authInfo("Auth-1")))).code()).isEqualTo(2303);
    }

    @Test
    void hostLifecycle() throws Exception {
        Domains.created(client, "zone.org");
        assertThat(client.send(command("create", host("create", host("name", "ns1.zone.org")))).code())
                .isEqualTo(2003);
        assertThat(client.send(command("create", host("create", host("name", "ns1.zone.org"),
                host("addr", attr("ip", "v4"), "192.0.2.1")))).code()).isEqualTo(1000);
        assertThat(client.send(command("create", host("create", host("name", "ns1.orphan.org"),
                host("addr", "192.0.2.2")))).code()).isEqualTo(2303);
        assertThat(client.send(command("create", host("create", host("name", "ns.elsewhere.example"),
                host("addr", "192.0.2.3")))).code()).isEqualTo(2306);

        assertThat(client.send(command("update", host("update", host("name", "ns1.zone.org"),
                host("add", host("addr", attr("ip", "v6"), "2001:db8::1"))))).code()).isEqualTo(1000);
        EppReply info = client.send(command("info", host("info", host("name", "ns1.zone.org"))));
        assertThat(info.texts("//host:addr")).containsExactly("192.0.2.1", "2001:db8::1");

        client.send(command("update", domain("update", domain("name", "zone.org"),
                domain("add", domain("ns", domain("hostObj", "ns1.zone.org"))))));
        assertThat(registry.domain("zone.org").orElseThrow().nameservers()).containsExactly("ns1.zone.org");
        assertThat(client.send(command("delete", host("delete", host("name", "ns1.zone.org")))).code())
                .isEqualTo(2305);
        client.send(command("update", domain("update", domain("name", "zone.org"),
                domain("rem", domain("ns", domain("hostObj", "ns1.zone.org"))))));
        assertThat(client.send(command("delete", host("delete", host("name", "ns1.zone.org")))).code())
                .isEqualTo(1000);
        assertThat(registry.host("ns1.zone.org")).isEmpty();
    }

    private static X contactCreate(String id) {
        return command("create", contact("create", contact("id", id),
                contact("postalInfo", attr("type", "int"), contact("name", "Example Name"),
                        contact("addr", contact("city", "Paris"), contact("cc", "FR"))),
                contact("email", "c@example.test"), contact("authInfo", contact("pw", "Ct-4711-x"))));
    }
}
