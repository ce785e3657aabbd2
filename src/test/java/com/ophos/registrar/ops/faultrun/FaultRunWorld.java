package com.ophos.registrar.ops.faultrun;

import static io.restassured.RestAssured.given;

import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * What the fault run works on and what it sent: the customer and contacts, the names registered so
 * far and idle (one operation per name or contact at a time, so every outcome has a single cause), the
 * names asked for by transfer in, and every operation the gateway accepted. Requests go through the
 * public API as the frontend.
 */
final class FaultRunWorld {
    static final int MAX_RENEWALS_PER_NAME = 3;
    private static final Set<Integer> ACCEPTED = Set.of(200, 201, 202);

    private final String runId;
    private final long customerId;
    private final List<Long> contacts;
    private final List<String> idle = new ArrayList<>();
    private final List<Long> idleContacts = new ArrayList<>();
    private final Map<Long, Integer> contactVersions = new HashMap<>();
    private final Map<String, TransferTarget> transfers = new ConcurrentHashMap<>();
    private final Map<String, Integer> renewalsSent = new HashMap<>();
    private final List<Submitted> submitted = new CopyOnWriteArrayList<>();
    private final Set<String> names = ConcurrentHashMap.newKeySet();
    private final Set<String> parked = ConcurrentHashMap.newKeySet();
    private final Map<String, AtomicInteger> refusals = new ConcurrentHashMap<>();
    private final AtomicInteger nameCounter = new AtomicInteger();

    private FaultRunWorld(String runId, long customerId, List<Long> contacts) {
        this.runId = runId;
        this.customerId = customerId;
        this.contacts = List.copyOf(contacts);
        this.idleContacts.addAll(contacts);
    }

    /**
     * A name held by another registrar that the run asks to transfer in: its expiry before the transfer,
     * and whether the run gave the right auth code (a wrong one must fail with no trace).
     */
    record TransferTarget(String name, java.time.Instant expiresBefore, boolean rightCode) {
    }

    /** A customer and a few organisation contacts created through the API before any fault is on. */
    static FaultRunWorld open(String runId, int contactCount) {
        long customer = given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body("{\"name\":\"Fault Run SARL\",\"email\":\"faults@ophos.example\"}")
                .post("/api/v1/customers").then().statusCode(201).extract().jsonPath().getLong("id");
        List<Long> contacts = new ArrayList<>();
        for (int i = 0; i < contactCount; i++) {
            String json = """
                    {"customerId":%d,"kind":"organization","name":"Agent %d","organization":"Fault Run SARL",
                     "email":"agent%d@ophos.example","phone":"+33.145678900",
                     "address":{"street":["12 rue de la Paix"],"city":"Paris","postalCode":"75002","countryCode":"FR"},
                     "legalEntity":{"form":"company","siren":"732829320","vat":"FR44732829320"}}"""
                    .formatted(customer, i, i);
            contacts.add(given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON)
                    .header("Idempotency-Key", UUID.randomUUID().toString()).body(json)
                    .post("/api/v1/contacts").then().statusCode(201).extract().jsonPath().getLong("id"));
        }
        return new FaultRunWorld(runId, customer, contacts);
    }

    long customerId() {
        return customerId;
    }

    long anyContact(Random random) {
        return contacts.get(random.nextInt(contacts.size()));
    }

    List<Long> contacts() {
        return contacts;
    }

    /** An idle contact, now busy with the caller, and the number of its next change (1, 2, ...). */
    synchronized Optional<Map.Entry<Long, Integer>> checkOutContact(Random random) {
        if (idleContacts.isEmpty()) {
            return Optional.empty();
        }
        long contact = idleContacts.remove(random.nextInt(idleContacts.size()));
        return Optional.of(Map.entry(contact, contactVersions.merge(contact, 1, Integer::sum)));
    }

    /** A name for a transfer in, kept apart from the registered names (the audit reads it differently). */
    String newTransferName(Random random) {
        return "tr-" + runId + "-" + nameCounter.incrementAndGet() + "-" + Integer.toString(random.nextInt(1 << 20), 36)
                + ".org";
    }

    void transferAsked(TransferTarget target) {
        transfers.put(target.name(), target);
    }

    Map<String, TransferTarget> transfers() {
        return Map.copyOf(transfers);
    }

    String newName(Random random) {
        String name = "fr-" + runId + "-" + nameCounter.incrementAndGet() + "-" + Integer.toString(random.nextInt(1 << 20), 36)
                + ".org";
        names.add(name);
        return name;
    }

    /** The frontend acting for the run's customer (R23), with a fresh Idempotency-Key from the worker's random. */
    RequestSpecification frontend(Random random) {
        return given().auth().preemptive().basic("frontend", "frontend").contentType(ContentType.JSON)
                .header("X-Customer-Id", customerId)
                .header("Idempotency-Key", new UUID(random.nextLong(), random.nextLong()).toString());
    }

    /** A registered, idle name (renewed fewer than {@code maxRenewals} times), now busy with the caller. */
    synchronized Optional<String> checkOutRegistered(Random random, int maxRenewals) {
        List<String> eligible = idle.stream().filter(n -> renewalsSent.getOrDefault(n, 0) < maxRenewals).toList();
        if (eligible.isEmpty()) {
            return Optional.empty();
        }
        String name = eligible.get(random.nextInt(eligible.size()));
        idle.remove(name);
        return Optional.of(name);
    }

    Optional<Submitted> accepted(String generator, String domain, Response answer) {
        if (!ACCEPTED.contains(answer.statusCode()) || answer.jsonPath().get("id") == null) {
            refusals.computeIfAbsent(generator + " " + answer.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            return Optional.empty();
        }
        Submitted accepted = new Submitted(generator, domain, answer.jsonPath().getLong("id"));
        submitted.add(accepted);
        if (generator.equals("renew")) {
            synchronized (this) {
                renewalsSent.merge(domain, 1, Integer::sum);
            }
        }
        return Optional.of(accepted);
    }

    /** A contact change accepted, or the contact given back when the request was refused. */
    Optional<Submitted> contactChangeAccepted(String generator, long contact, Response answer) {
        if (!ACCEPTED.contains(answer.statusCode()) || answer.jsonPath().get("id") == null) {
            refusals.computeIfAbsent(generator + " " + answer.statusCode(), k -> new AtomicInteger()).incrementAndGet();
            synchronized (this) {
                idleContacts.add(contact);
            }
            return Optional.empty();
        }
        Submitted accepted = new Submitted(generator, null, answer.jsonPath().getLong("id"), contact);
        submitted.add(accepted);
        return Optional.of(accepted);
    }

    /** As {@link #accepted}, giving a checked-out name back when the request was refused. */
    Optional<Submitted> acceptedOrReturn(String generator, String domain, Response answer) {
        Optional<Submitted> accepted = accepted(generator, domain, answer);
        if (accepted.isEmpty()) {
            synchronized (this) {
                idle.add(domain);
            }
        }
        return accepted;
    }

    /**
     * After an operation: a name we hold (domain row present) or a contact is idle again; one whose
     * operation is still open after {@code patience} is parked for the settling phase and never used
     * again. A transfer in has done its part once the registry holds the request (1001): the losing
     * registrar and the poll run finish it; its name never joins the registered names.
     */
    Optional<Operation> awaitAndRelease(Submitted op, Duration patience) {
        Instant giveUp = Instant.now().plus(patience);
        Operation entry = journal(op.operationId());
        while (!finished(entry) && !requested(entry) && Instant.now().isBefore(giveUp)) {
            pause();
            entry = journal(op.operationId());
        }
        if (!finished(entry) && !requested(entry)) {
            parked.add(op.onContact() ? "contact:" + op.contactId() : op.domain());
            return Optional.empty();
        }
        if (op.onContact()) {
            synchronized (this) {
                idleContacts.add(op.contactId());
            }
            return Optional.of(entry);
        }
        if (transfers.containsKey(op.domain())) {
            return Optional.of(entry);
        }
        boolean held = QuarkusTransaction.requiringNew().call(() -> Domain.byName(op.domain()).isPresent());
        if (held) {
            synchronized (this) {
                idle.add(op.domain());
            }
        }
        return Optional.of(entry);
    }

    List<Submitted> submitted() {
        return List.copyOf(submitted);
    }

    Set<String> names() {
        return Set.copyOf(names);
    }

    int parkedNames() {
        return parked.size();
    }

    /** Requests refused before the gateway accepted them, by generator and HTTP status. */
    Map<String, Integer> refusals() {
        Map<String, Integer> counts = new TreeMap<>();
        refusals.forEach((k, v) -> counts.put(k, v.get()));
        return counts;
    }

    static Operation journal(long id) {
        return QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>findById(id));
    }

    /** A transfer in the registry holds, waiting for the losing registrar. */
    static boolean requested(Operation op) {
        return op != null && op.kind == Operation.Kind.DOMAIN_TRANSFER_IN && op.state == Operation.State.RUNNING
                && op.resultCode != null && op.resultCode == 1001;
    }

    static boolean finished(Operation op) {
        return op != null && (op.state == Operation.State.SUCCEEDED || op.state == Operation.State.FAILED);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for an operation", e);
        }
    }
}
