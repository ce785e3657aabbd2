package com.ophos.registrar.dispute;

import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.ContactCreated;
import com.ophos.registrar.registry.spi.ContactUpdate;
import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainCreated;
import com.ophos.registrar.registry.spi.DomainDelete;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainRenew;
import com.ophos.registrar.registry.spi.DomainRenewed;
import com.ophos.registrar.registry.spi.DomainRestore;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.DomainUpdate;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryHealth;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import io.smallrye.mutiny.Uni;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * TEST ONLY: a registry holding the domain statuses, auth code, holder and pending transfer of the
 * names a dispute acts on, with the RFC 5731 rules the dispute flows must respect: under
 * clientUpdateProhibited only its removal is accepted (2304); adding a status already set or removing
 * one not set is refused (2306); a transfer query without a transfer answers 2301. Faults are injected
 * per command. Used until the sandbox adapters are merged into this branch.
 */
public class DisputeTestRegistry implements RegistryAdapter {
    static final String UPDATE_LOCK = "clientUpdateProhibited";

    /** A name's registry state. */
    public static final class Name {
        final Set<String> statuses = new TreeSet<>();
        volatile String authInfo = "initial-Auth1!";

        public String authInfo() { return authInfo; }

        public String holder() { return holder; }

        public String sponsor() { return sponsor; }
        volatile String holder = "HOLDER-1";
        volatile String sponsor;
        volatile String pendingTransferTo;
        volatile TransferState.Status transferStatus;
    }

    /** What the next command of a verb does instead of answering. */
    public record Fault(Outcome outcome, int code, boolean applyFirst) {
    }

    private final String registryId;
    private final String clientId;
    private final RegistryPolicy policy;
    private final Map<String, Name> names = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final AtomicInteger svTRIDs = new AtomicInteger();

    DisputeTestRegistry(String registryId, String clientId, RegistryPolicy policy) {
        this.registryId = registryId;
        this.clientId = clientId;
        this.policy = policy;
    }

    public Name register(String name, String... statuses) {
        Name state = new Name();
        state.sponsor = clientId;
        state.statuses.addAll(List.of(statuses));
        names.put(name, state);
        return state;
    }

    public Name name(String name) {
        return names.get(name);
    }

    public synchronized Set<String> statuses(String name) {
        return Set.copyOf(names.get(name).statuses);
    }

    public void requestTransfer(String name, String gainingRegistrar) {
        Name state = names.get(name);
        state.pendingTransferTo = gainingRegistrar;
        state.transferStatus = TransferState.Status.PENDING;
    }

    /** The next command of {@code verb} (info, update, transfer, holder) fails with this fault. */
    public void failNext(String verb, Fault fault) {
        faults.put(verb, fault);
    }

    public List<String> commands(String name) {
        return commands.stream().filter(c -> c.endsWith(" " + name)).toList();
    }

    private Optional<Fault> fault(String verb) {
        return Optional.ofNullable(faults.remove(verb));
    }

    @Override
    public String registryId() {
        return registryId;
    }

    @Override
    public RegistryPolicy policy() {
        return policy;
    }

    @Override
    public synchronized Uni<DomainInfo> infoDomain(DomainInfoQuery query) {
        commands.add("info " + query.name());
        Optional<Fault> fault = fault("info");
        if (fault.isPresent()) {
            return failure(fault.get(), null);
        }
        Name state = names.get(query.name());
        if (state == null) {
            return refuse(Outcome.OBJECT_DOES_NOT_EXIST, 2303, "Object does not exist", null);
        }
        Set<String> shown = state.statuses.isEmpty() ? Set.of("ok") : Set.copyOf(state.statuses);
        return Uni.createFrom().item(new DomainInfo(query.name(), "ROID-" + query.name(), shown, state.sponsor,
                clientId.equals(state.sponsor), Optional.empty(), List.of(), List.of(), Instant.parse("2024-01-01T00:00:00Z"),
                Optional.of(Instant.parse("2027-01-01T00:00:00Z")), Optional.empty(), Optional.empty()));
    }

    @Override
    public synchronized Uni<RegistryReceipt> updateDomain(DomainUpdate update) {
        commands.add("update " + update.name());
        Name state = names.get(update.name());
        if (state == null) {
            return refuse(Outcome.OBJECT_DOES_NOT_EXIST, 2303, "Object does not exist", update.clTRID());
        }
        Optional<Fault> fault = fault("update");
        if (fault.isPresent() && !fault.get().applyFirst()) {
            return failure(fault.get(), update.clTRID());
        }
        boolean onlyUnlocking = update.addStatuses().isEmpty() && update.removeStatuses().equals(Set.of(UPDATE_LOCK))
                && update.newAuthInfo().isEmpty();
        if (state.statuses.contains(UPDATE_LOCK) && !onlyUnlocking) {
            return refuse(Outcome.STATUS_PROHIBITS, 2304, "Object status prohibits operation", update.clTRID());
        }
        for (String status : update.addStatuses()) {
            if (state.statuses.contains(status)) {
                return refuse(Outcome.POLICY_REFUSED, 2306, "status " + status + " already set", update.clTRID());
            }
        }
        for (String status : update.removeStatuses()) {
            if (!state.statuses.contains(status)) {
                return refuse(Outcome.POLICY_REFUSED, 2306, "status " + status + " not set", update.clTRID());
            }
        }
        state.statuses.removeAll(update.removeStatuses());
        state.statuses.addAll(update.addStatuses());
        update.newAuthInfo().ifPresent(code -> state.authInfo = code);
        if (fault.isPresent()) {
            return failure(fault.get(), update.clTRID());
        }
        return Uni.createFrom().item(receipt(update.clTRID()));
    }

    @Override
    public synchronized Uni<TransferState> transferDomain(DomainTransfer transfer) {
        commands.add("transfer-" + transfer.op().name().toLowerCase() + " " + transfer.name());
        Optional<Fault> fault = fault("transfer");
        if (fault.isPresent()) {
            return failure(fault.get(), transfer.clTRID());
        }
        Name state = names.get(transfer.name());
        if (state == null) {
            return refuse(Outcome.OBJECT_DOES_NOT_EXIST, 2303, "Object does not exist", transfer.clTRID());
        }
        if (state.transferStatus == null) {
            return refuse(Outcome.STATUS_PROHIBITS, 2301, "Object not pending transfer", transfer.clTRID());
        }
        switch (transfer.op()) {
            case QUERY -> { }
            case APPROVE -> {
                if (state.transferStatus != TransferState.Status.PENDING) {
                    return refuse(Outcome.STATUS_PROHIBITS, 2301, "Object not pending transfer", transfer.clTRID());
                }
                state.transferStatus = TransferState.Status.CLIENT_APPROVED;
                state.sponsor = state.pendingTransferTo;
            }
            default -> {
                return Uni.createFrom().failure(new UnsupportedOperationException("transfer " + transfer.op()));
            }
        }
        return Uni.createFrom().item(new TransferState(transfer.name(), state.transferStatus, state.pendingTransferTo,
                Instant.parse("2026-11-20T10:00:00Z"), clientId, Instant.parse("2026-11-25T10:00:00Z"), Optional.empty(),
                receipt(transfer.clTRID())));
    }

    @Override
    public synchronized Uni<RegistryReceipt> changeHolder(HolderChange change) {
        commands.add("holder-change " + change.name());
        Optional<Fault> fault = fault("holder");
        if (fault.isPresent()) {
            return failure(fault.get(), change.clTRID());
        }
        Name state = names.get(change.name());
        if (state.statuses.contains(UPDATE_LOCK)) {
            return refuse(Outcome.STATUS_PROHIBITS, 2304, "Object status prohibits operation", change.clTRID());
        }
        if (!change.forced()) {
            return refuse(Outcome.AUTHORIZATION_FAILED, 2201, "holder change needs the holder's authorisation",
                    change.clTRID());
        }
        state.holder = change.newHolder();
        return Uni.createFrom().item(receipt(change.clTRID()));
    }

    private RegistryReceipt receipt(String clTRID) {
        return new RegistryReceipt(1000, "Command completed successfully", clTRID,
                registryId + "-sv-" + svTRIDs.incrementAndGet(), Optional.empty());
    }

    private <T> Uni<T> refuse(Outcome outcome, int code, String message, String clTRID) {
        return Uni.createFrom().failure(new RegistryException(registryId, outcome, code, message, clTRID,
                registryId + "-sv-" + svTRIDs.incrementAndGet()));
    }

    private <T> Uni<T> failure(Fault fault, String clTRID) {
        return Uni.createFrom().failure(new RegistryException(registryId, fault.outcome(), fault.code(),
                fault.code() == 0 ? "no answer read" : "injected failure " + fault.code(), clTRID,
                fault.code() == 0 ? null : registryId + "-sv-" + svTRIDs.incrementAndGet()));
    }

    private <T> Uni<T> notUsedByDisputes(String command) {
        return Uni.createFrom().failure(new UnsupportedOperationException("dispute test registry: no " + command));
    }

    @Override
    public Uni<List<DomainAvailability>> checkDomains(DomainCheck check) {
        return notUsedByDisputes("check");
    }

    @Override
    public Uni<DomainCreated> createDomain(DomainCreate create) {
        return notUsedByDisputes("create");
    }

    @Override
    public Uni<DomainRenewed> renewDomain(DomainRenew renew) {
        return notUsedByDisputes("renew");
    }

    @Override
    public Uni<RegistryReceipt> deleteDomain(DomainDelete delete) {
        return notUsedByDisputes("delete");
    }

    @Override
    public Uni<RegistryReceipt> restoreDomain(DomainRestore restore) {
        return notUsedByDisputes("restore");
    }

    @Override
    public Uni<ContactCreated> createContact(ContactCreate create) {
        return notUsedByDisputes("contact create");
    }

    @Override
    public Uni<RegistryReceipt> updateContact(ContactUpdate update) {
        return notUsedByDisputes("contact update");
    }

    @Override
    public Uni<Optional<PollMessage>> poll() {
        return Uni.createFrom().item(Optional.empty());
    }

    @Override
    public Uni<Void> acknowledge(String messageId) {
        return notUsedByDisputes("poll ack");
    }

    @Override
    public RegistryHealth health() {
        return new RegistryHealth(registryId, true, 2, 1, 4, "dispute test registry");
    }

    @Override
    public Uni<Void> close() {
        return Uni.createFrom().voidItem();
    }
}
