package com.ophos.registrar.ops.faultrun;

import com.ophos.registrar.billing.ledger.ChargeKind;
import com.ophos.registrar.billing.ledger.LedgerEntry;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.lifecycle.model.Contact;
import com.ophos.registrar.lifecycle.model.Domain;
import com.ophos.registrar.lifecycle.model.Operation;
import com.ophos.registrar.sandbox.ContactSnapshot;
import com.ophos.registrar.sandbox.DomainSnapshot;
import com.ophos.registrar.sandbox.SandboxRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Compares, name by name and contact by contact, the registry's state with our domain rows and contact
 * records, the journal and the ledger. The journal is the reference: what it says succeeded must be at
 * the registry exactly once and charged exactly once; what it says failed must have left no trace at
 * the registry and no charge. A contact's registry copy must hold what our record holds, and that must
 * be its last successful change. A transfer in ends once: the sponsor, the expiry (one period added),
 * our row and one REGISTRY_TRANSFER charge, or, failed, the name still elsewhere with nothing charged.
 */
final class FaultRunAudit {
    private static final Set<String> DELETED_AT_REGISTRY = Set.of("pendingDelete", "redemptionPeriod");
    private static final ObjectMapper JSON = new ObjectMapper();

    enum Finding {
        /** The registry holds more than the journal's successes (a create or renewal applied twice). */
        DUPLICATE,
        /** An accepted operation missing from the journal, or a success missing at the registry. */
        LOST,
        /** An operation neither succeeded nor failed after the settling phase. */
        STUCK,
        /** More than one charge for one registry transaction. */
        DOUBLE_CHARGE,
        /** A charge for a failed operation, or a success without its charge. */
        WRONG_CHARGE,
        /** Our domain row disagrees with the registry (presence or expiry). */
        DRIFT,
        /** A contact's registry copy or our record missing its last successful change, or holding another. */
        CONTACT_MISMATCH
    }

    record Discrepancy(Finding finding, String name, String detail) {
    }

    record Report(Map<String, Long> counts, List<Discrepancy> discrepancies) {
        long count(Finding finding) {
            return discrepancies.stream().filter(d -> d.finding() == finding).count();
        }
    }

    private final SandboxRegistry registry;
    private final String ourClientId;
    private final String registryId;
    private final Map<String, Long> counts = new TreeMap<>();
    private final List<Discrepancy> discrepancies = new ArrayList<>();

    private FaultRunAudit(SandboxRegistry registry, String registryId, String ourClientId) {
        this.registry = registry;
        this.registryId = registryId;
        this.ourClientId = ourClientId;
    }

    static Report of(FaultRunWorld world, SandboxRegistry registry, String registryId, String ourClientId) {
        FaultRunAudit audit = new FaultRunAudit(registry, registryId, ourClientId);
        audit.everyAcceptedOperationIsJournalled(world.submitted());
        for (String name : world.names()) {
            audit.compare(name);
        }
        for (long contact : world.contacts()) {
            audit.compareContact(contact, world.submitted().stream()
                    .filter(op -> op.onContact() && op.contactId() == contact).toList());
        }
        for (FaultRunWorld.TransferTarget target : world.transfers().values()) {
            audit.compareTransfer(target, world.customerId());
        }
        return new Report(Map.copyOf(audit.counts), List.copyOf(audit.discrepancies));
    }

    private void everyAcceptedOperationIsJournalled(List<Submitted> submitted) {
        for (Submitted op : submitted) {
            count("accepted " + op.generator());
            Operation entry = FaultRunWorld.journal(op.operationId());
            boolean journalled = entry != null && (op.onContact()
                    ? entry.kind == Operation.Kind.CONTACT_UPDATE && intent(entry).path("contactId").asLong() == op.contactId()
                    : op.domain().equals(entry.domain));
            if (!journalled) {
                found(Finding.LOST, op.onContact() ? "contact:" + op.contactId() : op.domain(),
                        "accepted operation " + op.operationId() + " is not in the journal");
            }
        }
    }

    /**
     * The run changes one contact at a time, so its changes are ordered by their journal ids: the last
     * one that succeeded is what our record and the registry's copy must hold (the first data if none).
     */
    private void compareContact(long contactId, List<Submitted> changes) {
        String subject = "contact:" + contactId;
        Optional<String> lastSucceeded = Optional.empty();
        for (Submitted change : changes.stream().sorted(java.util.Comparator.comparingLong(Submitted::operationId))
                .toList()) {
            Operation op = FaultRunWorld.journal(change.operationId());
            count("journal " + op.kind + " " + op.state);
            if (!FaultRunWorld.finished(op)) {
                found(Finding.STUCK, subject, "contact change " + op.id + " is " + op.state);
            } else if (op.state == Operation.State.SUCCEEDED) {
                lastSucceeded = Optional.of(intent(op).path("details").path("email").asText());
            }
        }
        Contact ours = QuarkusTransaction.requiringNew().call(() -> {
            Contact contact = Contact.findById(contactId);
            contact.registryHandles.size();
            return contact;
        });
        lastSucceeded.ifPresent(email -> {
            if (!email.equals(ours.email)) {
                found(Finding.CONTACT_MISMATCH, subject, "our record has " + ours.email + ", the last successful change "
                        + email);
            }
        });
        String handle = ours.registryHandles.get(registryId);
        if (handle == null) {
            found(Finding.CONTACT_MISMATCH, subject, "no copy at " + registryId);
            return;
        }
        Optional<ContactSnapshot> copy = registry.contact(handle);
        if (copy.isEmpty()) {
            found(Finding.CONTACT_MISMATCH, subject, "handle " + handle + " unknown at the registry");
        } else if (!copy.get().email().equals(ours.email) || !copy.get().name().equals(ours.name)
                || !copy.get().city().equals(ours.city)) {
            found(Finding.CONTACT_MISMATCH, subject, "registry copy " + copy.get().email() + " / " + copy.get().city()
                    + ", our record " + ours.email + " / " + ours.city);
        } else {
            count("contacts whose registry copy equals our record");
        }
    }

    private void compareTransfer(FaultRunWorld.TransferTarget target, long customerId) {
        String name = target.name();
        List<Operation> journal = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>list("domain", name));
        Optional<Domain> row = QuarkusTransaction.requiringNew().call(() -> Domain.byName(name));
        List<LedgerEntry> ledger = QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain", name));
        DomainSnapshot atRegistry = registry.domain(name).orElseThrow(() ->
                new IllegalStateException(name + " vanished from the registry"));
        for (Operation op : journal) {
            count("journal " + op.kind + " " + op.state);
            if (!FaultRunWorld.finished(op)) {
                found(Finding.STUCK, name, "transfer " + op.id + " is " + op.state + " (" + op.resultCode + ")");
            }
        }
        long succeeded = succeeded(journal, Operation.Kind.DOMAIN_TRANSFER_IN);
        if (journal.size() > 1) {
            found(Finding.DUPLICATE, name, journal.size() + " journal entries for one transfer request");
        }
        if (atRegistry.pendingTransfer().isPresent()) {
            found(Finding.STUCK, name, "a transfer is still pending at the registry");
        }
        boolean oursAtRegistry = ourClientId.equals(atRegistry.sponsorClientId());
        if (succeeded == 0) {
            count("transfers not done" + (target.rightCode() ? "" : " (wrong auth code)"));
            if (oursAtRegistry) {
                found(Finding.DUPLICATE, name, "the registry gave us a name whose transfer the journal records as failed");
            }
            if (row.isPresent()) {
                found(Finding.DRIFT, name, "domain row for a name not transferred");
            }
            for (LedgerEntry entry : ledger) {
                found(Finding.WRONG_CHARGE, name, entry.kind + " " + entry.amount + " for a transfer not done");
            }
            return;
        }
        count("transfers done");
        if (!target.rightCode()) {
            found(Finding.DRIFT, name, "transferred with a wrong auth code");
        }
        if (!oursAtRegistry) {
            found(Finding.LOST, name, "transfer succeeded in the journal, the registry's sponsor is "
                    + atRegistry.sponsorClientId());
            return;
        }
        LocalDate expected = date(target.expiresBefore()).plusYears(1);
        LocalDate actual = date(atRegistry.expires());
        if (!actual.equals(expected)) {
            found(actual.isAfter(expected) ? Finding.DUPLICATE : Finding.LOST, name, "registry expiry " + actual
                    + " after the transfer, " + expected + " expected");
        }
        if (row.isEmpty()) {
            found(Finding.DRIFT, name, "transferred, no domain row");
        } else if (!Objects.equals(row.get().customerId, customerId) || row.get().expiresAt == null
                || !actual.equals(date(row.get().expiresAt))) {
            found(Finding.DRIFT, name, "our row: customer " + row.get().customerId + ", expiry " + row.get().expiresAt
                    + "; registry's expiry " + atRegistry.expires());
        }
        long transferOperation = journal.stream().filter(op -> op.state == Operation.State.SUCCEEDED)
                .findFirst().orElseThrow().id;
        for (LedgerEntry entry : ledger) {
            count("ledger " + entry.kind);
            if (entry.kind != ChargeKind.REGISTRY_TRANSFER || !Objects.equals(entry.operationId, transferOperation)) {
                found(Finding.WRONG_CHARGE, name, entry.kind + " " + entry.amount + " for operation " + entry.operationId);
            }
        }
        expectCharges(name, ledger, ChargeKind.REGISTRY_TRANSFER, 1);
    }

    private static JsonNode intent(Operation op) {
        try {
            return JSON.readTree(op.intent);
        } catch (java.io.IOException e) {
            throw new IllegalStateException("operation " + op.id + " has an unreadable intent", e);
        }
    }

    private void compare(String name) {
        List<Operation> journal = QuarkusTransaction.requiringNew().call(() -> Operation.<Operation>list("domain", name));
        Optional<Domain> row = QuarkusTransaction.requiringNew().call(() -> Domain.byName(name));
        List<LedgerEntry> ledger = QuarkusTransaction.requiringNew().call(() -> LedgerEntry.<LedgerEntry>list("domain", name));
        Optional<DomainSnapshot> atRegistry = registry.domain(name).filter(d -> ourClientId.equals(d.sponsorClientId()));

        for (Operation op : journal) {
            count("journal " + op.kind + " " + op.state);
            if (!FaultRunWorld.finished(op)) {
                found(Finding.STUCK, name, "operation " + op.id + " " + op.kind + " is " + op.state);
            }
        }
        long created = succeeded(journal, Operation.Kind.DOMAIN_CREATE);
        long renewed = succeeded(journal, Operation.Kind.DOMAIN_RENEW);
        boolean deleted = succeeded(journal, Operation.Kind.DOMAIN_DELETE) > 0;
        if (created > 1) {
            found(Finding.DUPLICATE, name, created + " successful creates");
        }
        compareRegistryAndRow(name, created > 0, deleted, renewed, atRegistry, row);
        compareLedger(name, journal, ledger, created > 0, renewed, deleted);
    }

    private void compareRegistryAndRow(String name, boolean created, boolean deleted, long renewed,
                                       Optional<DomainSnapshot> atRegistry, Optional<Domain> row) {
        boolean heldAtRegistry = atRegistry.filter(d -> d.statuses().stream().noneMatch(DELETED_AT_REGISTRY::contains))
                .isPresent();
        if (!created) {
            count("names never registered");
            if (atRegistry.isPresent()) {
                found(Finding.DUPLICATE, name, "registry holds a name whose create the journal records as failed");
            }
            if (row.isPresent()) {
                found(Finding.DRIFT, name, "domain row for a name never registered");
            }
            return;
        }
        if (deleted) {
            count("names deleted");
            if (heldAtRegistry) {
                found(Finding.LOST, name, "delete succeeded in the journal, the registry still holds the name");
            }
            if (row.isPresent()) {
                found(Finding.DRIFT, name, "deleted name still has a domain row");
            }
            return;
        }
        count("names held");
        if (!heldAtRegistry) {
            found(Finding.LOST, name, "create succeeded in the journal, the registry does not hold the name");
            return;
        }
        DomainSnapshot snapshot = atRegistry.get();
        LocalDate expected = date(snapshot.created()).plusYears(1 + renewed);
        LocalDate actual = date(snapshot.expires());
        if (actual.isAfter(expected)) {
            found(Finding.DUPLICATE, name, "registry expiry " + actual + " beyond " + expected + " (" + renewed
                    + " renewals succeeded)");
        } else if (actual.isBefore(expected)) {
            found(Finding.LOST, name, "registry expiry " + actual + " short of " + expected + " (" + renewed
                    + " renewals succeeded)");
        }
        if (row.isEmpty()) {
            found(Finding.DRIFT, name, "held at the registry, no domain row");
        } else if (row.get().expiresAt == null || !actual.equals(date(row.get().expiresAt))) {
            found(Finding.DRIFT, name, "our expiry " + row.get().expiresAt + ", registry's " + snapshot.expires());
        }
    }

    private void compareLedger(String name, List<Operation> journal, List<LedgerEntry> ledger, boolean created,
                               long renewed, boolean deleted) {
        Map<Long, Operation> byId = journal.stream().collect(Collectors.toMap(op -> op.id, op -> op));
        for (LedgerEntry entry : ledger) {
            count("ledger " + entry.kind);
            Operation op = entry.operationId == null ? null : byId.get(entry.operationId);
            if (op == null || op.state != Operation.State.SUCCEEDED) {
                found(Finding.WRONG_CHARGE, name, entry.kind + " " + entry.amount + " for operation " + entry.operationId
                        + (op == null ? " (not this name's)" : " which " + op.state));
            }
        }
        expectCharges(name, ledger, ChargeKind.REGISTRY_CREATE, created ? 1 : 0);
        expectCharges(name, ledger, ChargeKind.REGISTRY_RENEW, renewed);
        expectCharges(name, ledger, ChargeKind.REFUND_ADD_GRACE, deleted ? 1 : 0);
        Map<String, Long> perTransaction = ledger.stream().collect(Collectors.groupingBy(
                e -> e.kind + " " + e.registryId + " " + e.svTRID, Collectors.counting()));
        perTransaction.forEach((transaction, n) -> {
            if (n > 1) {
                found(Finding.DOUBLE_CHARGE, name, n + " entries for " + transaction);
            }
        });
        Map<Long, Long> perOperation = ledger.stream().filter(e -> e.operationId != null).collect(Collectors.groupingBy(
                e -> e.operationId, Collectors.counting()));
        perOperation.forEach((operation, n) -> {
            if (n > 1) {
                found(Finding.DOUBLE_CHARGE, name, n + " entries for operation " + operation);
            }
        });
    }

    private void expectCharges(String name, List<LedgerEntry> ledger, ChargeKind kind, long expected) {
        long actual = ledger.stream().filter(e -> e.kind == kind).count();
        if (actual > expected) {
            found(Finding.DOUBLE_CHARGE, name, actual + " " + kind + " entries, " + expected + " expected");
        } else if (actual < expected) {
            found(Finding.WRONG_CHARGE, name, actual + " " + kind + " entries, " + expected + " expected");
        }
    }

    private static long succeeded(List<Operation> journal, Operation.Kind kind) {
        return journal.stream().filter(op -> op.kind == kind && op.state == Operation.State.SUCCEEDED).count();
    }

    private static LocalDate date(java.time.Instant instant) {
        return LocalDate.ofInstant(Objects.requireNonNull(instant), ZoneOffset.UTC);
    }

    private void count(String what) {
        counts.merge(what, 1L, Long::sum);
    }

    private void found(Finding finding, String name, String detail) {
        discrepancies.add(new Discrepancy(finding, name, detail));
    }
}
