package com.ophos.registrar.e2e;

import static com.ophos.registrar.e2e.Gateway.contact;
import static com.ophos.registrar.e2e.Gateway.customer;
import static com.ophos.registrar.e2e.Gateway.newKey;
import static com.ophos.registrar.e2e.Gateway.organizationJson;
import static com.ophos.registrar.e2e.Gateway.personJson;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.ophos.registrar.sandbox.EppCommandType;
import com.ophos.registrar.sandbox.SandboxRegistries;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Malformed and hostile requests to the ordering endpoints: each is a 4xx problem+json naming what is
 * wrong, none is a 5xx, and none makes the gateway send a single object command to any registry.
 */
@QuarkusTest
class HostileInputNoEppTest {
    private static final List<String> REGISTRIES = List.of("verisign", "afnic", "generic");
    private static final String CONTACTS = "/api/v1/contacts";
    private static final String CUSTOMERS = "/api/v1/customers";
    private static final String DOMAINS = "/api/v1/domains";

    /** Ids created once through the API; cases refer to them as {customer}, {holder}, {person}, {other}. */
    private static Map<String, String> ids;

    @Inject
    SandboxRegistries sandboxes;

    @BeforeEach
    void createCustomersOnce() {
        if (ids == null) {
            long customer = customer();
            long otherCustomer = customer();
            ids = Map.of("{customer}", Long.toString(customer),
                    "{holder}", Long.toString(contact(organizationJson(customer))),
                    "{person}", Long.toString(contact(personJson(customer))),
                    "{other}", Long.toString(contact(organizationJson(otherCustomer))));
        }
    }

    record Case(String description, String path, String body, Caller caller, boolean idempotencyKey,
                String contentType, int expectedStatus) {
        @Override
        public String toString() {
            return description;
        }
    }

    enum Caller { FRONTEND, NOBODY, WRONG_PASSWORD, SCHEDULER }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void isRefusedWith4xxProblemAndNoRegistryTraffic(Case hostile) {
        Map<String, Map<EppCommandType, Long>> before = objectCommandCounts();

        Response response = send(hostile);

        assertThat(response.statusCode()).as(hostile.description() + ": " + response.asString())
                .isEqualTo(hostile.expectedStatus());
        assertThat(response.contentType()).as(hostile.description()).startsWith("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(hostile.expectedStatus());
        assertThat(response.jsonPath().getString("type")).isNotBlank();
        assertThat(response.jsonPath().getString("title")).isNotBlank();
        assertThat(objectCommandCounts()).as(hostile.description() + ": registries saw object commands")
                .isEqualTo(before);
    }

    private Response send(Case hostile) {
        String body = hostile.body();
        for (Map.Entry<String, String> id : ids.entrySet()) {
            body = body.replace(id.getKey(), id.getValue());
        }
        RequestSpecification request = given()
                .config(RestAssuredConfig.config().encoderConfig(
                        EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType(hostile.contentType())
                .body(body.getBytes(StandardCharsets.UTF_8));
        switch (hostile.caller()) {
            case FRONTEND -> request.auth().preemptive().basic("frontend", "frontend");
            case WRONG_PASSWORD -> request.auth().preemptive().basic("frontend", "not-the-password");
            case SCHEDULER -> request.auth().preemptive().basic("scheduler", "scheduler");
            case NOBODY -> { }
        }
        if (hostile.idempotencyKey()) {
            request.header("Idempotency-Key", newKey());
        }
        return request.post(hostile.path());
    }

    private Map<String, Map<EppCommandType, Long>> objectCommandCounts() {
        return REGISTRIES.stream().collect(Collectors.toMap(id -> id, id -> {
            SandboxRegistry sandbox = sandboxes.registry(id);
            Map<EppCommandType, Long> counts = new EnumMap<>(EppCommandType.class);
            sandbox.commandCounts().forEach((type, count) -> {
                if (!type.isSessionCommand()) {
                    counts.put(type, count);
                }
            });
            return counts;
        }));
    }

    static Stream<Case> cases() {
        List<Case> cases = new ArrayList<>();
        // Names that are not domain names, or not ones we sell.
        badName(cases, "underscore in a label", "bad_name.com");
        badName(cases, "64-character label", "a".repeat(64) + ".com");
        badName(cases, "leading hyphen", "-example.com");
        badName(cases, "trailing hyphen", "example-.com");
        badName(cases, "hyphens in positions 3 and 4 without xn", "ab--cd.com");
        badName(cases, "A-label that is not valid Punycode", "xn--zz.com");
        badName(cases, "A-label decoding to a disallowed code point", "xn--ls8h.com");
        badName(cases, "emoji label (disallowed by IDNA2008)", "\uD83D\uDE00example.com");
        badName(cases, "empty label", "example..com");
        badName(cases, "bare TLD", "com");
        badName(cases, "space inside", "exa mple.com");
        badName(cases, "XML markup as a name", "<domain:name>x</domain:name>.com");
        badName(cases, "entity reference as a name", "&xxe;.com");
        badName(cases, "path traversal", "../../etc/passwd.com");
        badName(cases, "name longer than 253 octets", ("a".repeat(60) + ".").repeat(5) + "com");
        badName(cases, "NUL character", "exa\\u0000mple.com");
        badName(cases, "right-to-left override", "exa\\u202Emple.com");
        badName(cases, "whitespace only", "   ");
        badName(cases, "empty string", "");
        cases.add(domain("unknown TLD is a registry-policy refusal", "\"example-unknown.example\"", 422));
        cases.add(domain("second-level under an unknown suffix", "\"example.co.invalid\"", 422));
        // Periods and types.
        cases.add(order("years 0", "\"customerId\":{customer},\"name\":\"example-years.com\",\"years\":0", 400));
        cases.add(order("years 11 is outside the registry's create periods",
                "\"customerId\":{customer},\"name\":\"example-years.com\",\"years\":11", 422));
        cases.add(order("years as a string", "\"customerId\":{customer},\"name\":\"example-years.com\",\"years\":\"1\"", 400));
        cases.add(order("years as a decimal", "\"customerId\":{customer},\"name\":\"example-years.com\",\"years\":1.5", 400));
        cases.add(order("years null", "\"customerId\":{customer},\"name\":\"example-years.com\",\"years\":null", 400));
        cases.add(order("years as a boolean", "\"customerId\":{customer},\"name\":\"example-years.com\",\"years\":true", 400));
        cases.add(order("customerId as a string", "\"customerId\":\"{customer}\",\"name\":\"example-t.com\",\"years\":1", 400));
        cases.add(order("customerId null", "\"customerId\":null,\"name\":\"example-t.com\",\"years\":1", 400));
        cases.add(order("name as a number", "\"customerId\":{customer},\"name\":42,\"years\":1", 400));
        cases.add(order("name as an object", "\"customerId\":{customer},\"name\":{\"a\":1},\"years\":1", 400));
        cases.add(order("name as an array", "\"customerId\":{customer},\"name\":[\"example-t.com\"],\"years\":1", 400));
        cases.add(order("unknown field", "\"customerId\":{customer},\"name\":\"example-t.com\",\"years\":1,\"price\":0", 400));
        cases.add(order("duplicate key", "\"customerId\":{customer},\"customerId\":{customer},\"name\":\"example-t.com\",\"years\":1", 400));
        cases.add(new Case("tech contact as a string", DOMAINS, "{\"customerId\":{customer},\"name\":\"example-t.com\","
                + "\"years\":1,\"holder\":{holder},\"admin\":{holder},\"tech\":[\"{holder}\"]}", Caller.FRONTEND, true,
                "application/json", 400));
        cases.add(new Case("tech contact null", DOMAINS, "{\"customerId\":{customer},\"name\":\"example-t.com\","
                + "\"years\":1,\"holder\":{holder},\"admin\":{holder},\"tech\":[null]}", Caller.FRONTEND, true,
                "application/json", 400));
        // Contacts that do not exist, belong to someone else or break the registry's contact rules.
        cases.add(withContacts("unknown holder", "\"holder\":987654321,\"admin\":{holder},\"tech\":[{holder}]", 422));
        cases.add(withContacts("holder of another customer", "\"holder\":{other},\"admin\":{holder},\"tech\":[{holder}]", 422));
        cases.add(withContacts("no admin contact", "\"holder\":{holder},\"tech\":[{holder}]", 422));
        cases.add(withContacts("four tech contacts",
                "\"holder\":{holder},\"admin\":{holder},\"tech\":[{holder},{holder},{holder},{holder}]", 422));
        cases.add(new Case("R1: .fr held by a person", DOMAINS, "{\"customerId\":{customer},\"name\":\"example-r1.fr\","
                + "\"years\":1,\"holder\":{person},\"admin\":{holder},\"tech\":[{holder}]}", Caller.FRONTEND, true,
                "application/json", 422));
        cases.add(new Case("unknown customer", DOMAINS, "{\"customerId\":987654321,\"name\":\"example-t.com\","
                + "\"years\":1,\"holder\":{holder},\"admin\":{holder},\"tech\":[{holder}]}", Caller.FRONTEND, true,
                "application/json", 422));
        cases.add(withNameservers("nameserver that is not a host name", "[\"ns1..ophos.example\"]", 400));
        cases.add(withNameservers("nameserver as XML", "[\"<host:name>ns1</host:name>\"]", 400));
        cases.add(withNameservers("nameserver listed twice", "[\"ns1.ophos.example\",\"NS1.ophos.example\"]", 400));
        cases.add(withNameservers("fourteen nameservers", "[" + Stream.iterate(1, i -> i + 1).limit(14)
                .map(i -> "\"ns" + i + ".ophos.example\"").collect(Collectors.joining(",")) + "]", 400));
        // Bodies that are not one JSON object.
        cases.add(raw("empty body", DOMAINS, "", "application/json", 400));
        cases.add(raw("JSON array", DOMAINS, "[]", "application/json", 400));
        cases.add(raw("JSON null", DOMAINS, "null", "application/json", 400));
        cases.add(raw("truncated JSON", DOMAINS, "{\"customerId\":", "application/json", 400));
        cases.add(raw("trailing content after the object", DOMAINS, "{\"customerId\":{customer}} {}", "application/json", 400));
        cases.add(raw("nesting 5000 deep", DOMAINS, "{\"name\":" + "[".repeat(5000) + "]".repeat(5000) + "}",
                "application/json", 400));
        cases.add(raw("XML with an external entity, sent as XML", DOMAINS,
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>",
                "application/xml", 415));
        cases.add(raw("XML with an external entity, labelled JSON", DOMAINS,
                "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><d>&x;</d>",
                "application/json", 400));
        cases.add(raw("plain text", DOMAINS, "register example.com", "text/plain", 415));
        cases.add(raw("body above 64 KiB", DOMAINS, "{\"name\":\"" + "a".repeat(70 * 1024) + "\"}",
                "application/json", 413));
        // Who may order.
        cases.add(new Case("no credentials", DOMAINS, "{}", Caller.NOBODY, true, "application/json", 401));
        cases.add(new Case("wrong password", DOMAINS, "{}", Caller.WRONG_PASSWORD, true, "application/json", 401));
        cases.add(new Case("scheduler may not order", DOMAINS, "{}", Caller.SCHEDULER, true, "application/json", 403));
        cases.add(new Case("scheduler may not create contacts", CONTACTS, "{}", Caller.SCHEDULER, true,
                "application/json", 403));
        cases.add(new Case("missing Idempotency-Key", DOMAINS, "{\"customerId\":{customer},\"name\":\"example-t.com\","
                + "\"years\":1,\"holder\":{holder},\"admin\":{holder},\"tech\":[{holder}]}", Caller.FRONTEND, false,
                "application/json", 400));
        // Contacts and customers: markup, entity tricks and characters XML cannot carry.
        contactWith(cases, "markup in the name", "\"name\":\"<contact:name>Eve</contact:name>\"");
        contactWith(cases, "DOCTYPE in the organization", "\"organization\":\"<!DOCTYPE x [<!ENTITY e SYSTEM 'file:///etc/passwd'>]>\"");
        contactWith(cases, "CDATA end in the city", "\"city\":\"]]><contact:city>Paris\"");
        contactWith(cases, "NUL in the name", "\"name\":\"Eve\\u0000\"");
        contactWith(cases, "vertical tab in the street", "\"street\":[\"12 rue\\u000Bde la Paix\"]");
        contactWith(cases, "line feed in the city", "\"city\":\"Paris\\nCedex\"");
        contactWith(cases, "e-mail with markup", "\"email\":\"<a>@dupont.example\"");
        contactWith(cases, "phone not in EPP form", "\"phone\":\"01 45 67 89 00\"");
        contactWith(cases, "country code of three letters", "\"countryCode\":\"FRA\"");
        contactWith(cases, "name of 256 characters", "\"name\":\"" + "n".repeat(256) + "\"");
        contactWith(cases, "four street lines", "\"street\":[\"a\",\"b\",\"c\",\"d\"]");
        contactWith(cases, "SIREN of 8 digits", "\"siren\":\"73282932\"");
        contactWith(cases, "kind not known", "\"kind\":\"robot\"");
        contactWith(cases, "kind as a number", "\"kind\":1");
        contactWith(cases, "unknown field", "\"password\":\"x\"");
        cases.add(raw("customer name blank", CUSTOMERS, "{\"name\":\"  \",\"email\":\"c@dupont.example\"}",
                "application/json", 400));
        cases.add(raw("customer with an unknown field", CUSTOMERS,
                "{\"name\":\"Dupont\",\"email\":\"c@dupont.example\",\"id\":1}", "application/json", 400));
        cases.add(raw("customer e-mail null", CUSTOMERS, "{\"name\":\"Dupont\",\"email\":null}", "application/json", 400));
        return cases.stream();
    }

    private static void badName(List<Case> cases, String description, String name) {
        cases.add(domain(description, "\"" + name + "\"", 400));
    }

    private static Case domain(String description, String nameJson, int status) {
        return new Case(description, DOMAINS, "{\"customerId\":{customer},\"name\":" + nameJson + ",\"years\":1,"
                + "\"holder\":{holder},\"admin\":{holder},\"tech\":[{holder}],"
                + "\"nameservers\":[\"ns1.ophos.example\",\"ns2.ophos.example\"]}", Caller.FRONTEND, true,
                "application/json", status);
    }

    private static Case order(String description, String fields, int status) {
        return new Case(description, DOMAINS, "{" + fields + ",\"holder\":{holder},\"admin\":{holder},"
                + "\"tech\":[{holder}]}", Caller.FRONTEND, true, "application/json", status);
    }

    private static Case withContacts(String description, String contacts, int status) {
        return new Case(description, DOMAINS, "{\"customerId\":{customer},\"name\":\"example-contacts.com\","
                + "\"years\":1," + contacts + "}", Caller.FRONTEND, true, "application/json", status);
    }

    private static Case withNameservers(String description, String nameservers, int status) {
        return new Case(description, DOMAINS, "{\"customerId\":{customer},\"name\":\"example-ns.com\",\"years\":1,"
                + "\"holder\":{holder},\"admin\":{holder},\"tech\":[{holder}],\"nameservers\":" + nameservers + "}",
                Caller.FRONTEND, true, "application/json", status);
    }

    private static Case raw(String description, String path, String body, String contentType, int status) {
        return new Case(description, path, body, Caller.FRONTEND, true, contentType, status);
    }

    /** A valid organization contact with one field replaced (or added, for an unknown field). */
    private static void contactWith(List<Case> cases, String description, String field) {
        Map<String, String> fields = new java.util.LinkedHashMap<>();
        fields.put("customerId", "{customer}");
        fields.put("kind", "\"organization\"");
        fields.put("name", "\"Jeanne Martin\"");
        fields.put("organization", "\"Dupont SARL\"");
        fields.put("email", "\"jeanne.martin@dupont.example\"");
        fields.put("phone", "\"+33.145678900\"");
        Map<String, String> address = new java.util.LinkedHashMap<>();
        address.put("street", "[\"12 rue de la Paix\"]");
        address.put("city", "\"Paris\"");
        address.put("postalCode", "\"75002\"");
        address.put("countryCode", "\"FR\"");
        Map<String, String> legal = new java.util.LinkedHashMap<>();
        legal.put("form", "\"company\"");
        legal.put("siren", "\"732829320\"");
        String key = field.substring(1, field.indexOf('"', 1));
        String value = field.substring(field.indexOf(':') + 1);
        if (address.containsKey(key)) {
            address.put(key, value);
        } else if (legal.containsKey(key)) {
            legal.put(key, value);
        } else {
            fields.put(key, value);
        }
        fields.put("address", json(address));
        fields.put("legalEntity", json(legal));
        cases.add(raw("contact: " + description, CONTACTS, json(fields), "application/json", 400));
    }

    private static String json(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> "\"" + e.getKey() + "\":" + e.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }
}
