package com.ophos.registrar.registry.inmemory;

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
import com.ophos.registrar.registry.spi.Fee;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.PriceSource;
import com.ophos.registrar.registry.spi.Quote;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryHealth;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import io.smallrye.mutiny.Uni;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * TEST ONLY. A registry held in memory with real state: created names exist (a second create answers
 * 2302), expiry is creation + years, contacts get handles, fees are echoed and checked. Every command
 * is recorded so tests can prove what was (not) sent. Commands it does not need for the core's flows
 * fail loudly instead of pretending.
 */
public class InMemoryRegistry implements RegistryAdapter {

    /** What the next domain create does instead of answering normally. */
    public enum Fault { NONE, LOSE_ANSWER_AFTER_APPLYING, LOSE_ANSWER_BEFORE_APPLYING, UNAVAILABLE,
        /** The answer waits until {@link #releaseHeldCreate()}: a slow registry. */
        HOLD }

    record Name(String name, String sponsor, Instant createdAt, Instant expiresAt, String clTRID) {
    }

    private final String registryId;
    private final String clientId;
    private final RegistryPolicy policy;
    private final Map<String, Name> names = new ConcurrentHashMap<>();
    private final Map<String, String> contacts = new ConcurrentHashMap<>();
    private final List<String> commands = new CopyOnWriteArrayList<>();
    private final AtomicInteger svTRIDs = new AtomicInteger();
    private final AtomicReference<Fault> nextCreateFault = new AtomicReference<>(Fault.NONE);
    private final AtomicReference<Outcome> nextCheckFailure = new AtomicReference<>();
    private final AtomicInteger infosUnavailable = new AtomicInteger();
    private final AtomicReference<java.util.concurrent.CompletableFuture<Void>> heldCreate = new AtomicReference<>();

    InMemoryRegistry(String registryId, String clientId, RegistryPolicy policy) {
        this.registryId = registryId;
        this.clientId = clientId;
        this.policy = policy;
    }

    public List<String> commands() {
        return List.copyOf(commands);
    }

    public long commandsFor(String verb, String object) {
        return commands.stream().filter(c -> c.equals(verb + " " + object)).count();
    }

    public void failNextCreate(Fault fault) {
        nextCreateFault.set(fault);
    }

    /** The next check fails as a registry that is down (UNAVAILABLE) or pushing back (SESSION_ENDED) would. */
    public void failNextCheck(Outcome outcome) {
        nextCheckFailure.set(outcome);
    }

    /** The next infos fail with no session, as right after a crash while the dead instance's leases run. */
    public void failNextInfos(int count) {
        infosUnavailable.set(count);
    }

    public void releaseHeldCreate() {
        java.util.concurrent.CompletableFuture<Void> gate = heldCreate.getAndSet(null);
        if (gate != null) {
            gate.complete(null);
        }
    }

    /** A name registered by another registrar, for tests of names we do not sponsor. */
    public void registerForeign(String name) {
        names.put(name, new Name(name, "someone-else", Instant.now(), Instant.now().plusSeconds(86400 * 365), "X"));
    }

    public boolean holds(String name) {
        return names.containsKey(name);
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
    public Uni<List<DomainAvailability>> checkDomains(DomainCheck check) {
        commands.add("check " + String.join(",", check.names()));
        Outcome failure = nextCheckFailure.getAndSet(null);
        if (failure != null) {
            return Uni.createFrom().failure(refusal(failure, failure == Outcome.SESSION_ENDED ? 2502 : 0,
                    "test failure " + failure, null));
        }
        if (check.names().size() > policy.maxNamesPerCheck()) {
            return Uni.createFrom().failure(refusal(Outcome.POLICY_REFUSED, 2306, "too many names in one check", null));
        }
        List<DomainAvailability> answers = new ArrayList<>();
        for (String name : check.names()) {
            boolean taken = names.containsKey(name);
            answers.add(new DomainAvailability(name, !taken, taken ? Optional.of("In use") : Optional.empty(),
                    check.withFees() && policy.feeExtension() ? Optional.of(feeQuote(name)) : Optional.empty()));
        }
        return Uni.createFrom().item(answers);
    }

    private Quote feeQuote(String name) {
        RegistryPolicy.Tariff tariff = policy.tariff(tld(name)).orElseThrow();
        return new Quote(Optional.of(tariff.create()), Optional.of(tariff.renew()), PriceSource.REGISTRY_FEE_EXTENSION,
                false);
    }

    private static String tld(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    @Override
    public Uni<DomainCreated> createDomain(DomainCreate create) {
        commands.add("create " + create.name());
        Fault fault = nextCreateFault.getAndSet(Fault.NONE);
        if (fault == Fault.HOLD) {
            java.util.concurrent.CompletableFuture<Void> gate = new java.util.concurrent.CompletableFuture<>();
            heldCreate.set(gate);
            return Uni.createFrom().completionStage(gate).onItem().transformToUni(ignored -> apply(create, Fault.NONE));
        }
        return apply(create, fault);
    }

    private Uni<DomainCreated> apply(DomainCreate create, Fault fault) {
        if (fault == Fault.UNAVAILABLE) {
            return Uni.createFrom().failure(refusal(Outcome.UNAVAILABLE, 0, "no session", create.clTRID()));
        }
        if (fault == Fault.LOSE_ANSWER_BEFORE_APPLYING) {
            return Uni.createFrom().failure(refusal(Outcome.UNKNOWN, 0, "read timed out", create.clTRID()));
        }
        if (names.containsKey(create.name())) {
            return Uni.createFrom().failure(refusal(Outcome.OBJECT_EXISTS, 2302, "Object exists", create.clTRID()));
        }
        if (create.contacts().holder() == null || !contacts.containsKey(create.contacts().holder())) {
            return Uni.createFrom().failure(refusal(Outcome.OBJECT_DOES_NOT_EXIST, 2303, "holder unknown", create.clTRID()));
        }
        if (create.expectedFee().isPresent()) {
            Fee quoted = policy.tariff(tld(create.name())).orElseThrow().create();
            BigDecimal due = quoted.amount().multiply(BigDecimal.valueOf(create.years()));
            if (due.compareTo(create.expectedFee().get().amount()) != 0) {
                return Uni.createFrom().failure(refusal(Outcome.POLICY_REFUSED, 2004, "fee mismatch", create.clTRID()));
            }
        }
        Instant now = Instant.now();
        Instant expires = now.atZone(ZoneOffset.UTC).plusYears(create.years()).toInstant();
        names.put(create.name(), new Name(create.name(), clientId, now, expires, create.clTRID()));
        if (fault == Fault.LOSE_ANSWER_AFTER_APPLYING) {
            return Uni.createFrom().failure(refusal(Outcome.UNKNOWN, 0, "read timed out", create.clTRID()));
        }
        return Uni.createFrom().item(new DomainCreated(create.name(), now, expires, receipt(create.clTRID(),
                create.expectedFee())));
    }

    @Override
    public Uni<DomainInfo> infoDomain(DomainInfoQuery query) {
        commands.add("info " + query.name());
        if (infosUnavailable.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            return Uni.createFrom().failure(refusal(Outcome.UNAVAILABLE, 0, "no session", null));
        }
        Name name = names.get(query.name());
        if (name == null) {
            return Uni.createFrom().failure(refusal(Outcome.OBJECT_DOES_NOT_EXIST, 2303, "Object does not exist", null));
        }
        return Uni.createFrom().item(new DomainInfo(name.name(), "ROID-" + name.name(), Set.of("ok"), name.sponsor(),
                name.sponsor().equals(clientId), Optional.empty(), List.of(), List.of(), name.createdAt(),
                Optional.of(name.expiresAt()), Optional.empty(), Optional.empty()));
    }

    @Override
    public Uni<ContactCreated> createContact(ContactCreate create) {
        commands.add("contact-create " + create.handle());
        if (contacts.putIfAbsent(create.handle(), create.data().name()) != null) {
            return Uni.createFrom().failure(refusal(Outcome.OBJECT_EXISTS, 2302, "Object exists", create.clTRID()));
        }
        return Uni.createFrom().item(new ContactCreated(create.handle(), receipt(create.clTRID(), Optional.empty())));
    }

    private RegistryReceipt receipt(String clTRID, Optional<Fee> fee) {
        return new RegistryReceipt(1000, "Command completed successfully", clTRID,
                registryId + "-" + svTRIDs.incrementAndGet(), fee);
    }

    private RegistryException refusal(Outcome outcome, int code, String message, String clTRID) {
        return new RegistryException(registryId, outcome, code, message, clTRID,
                code == 0 ? null : registryId + "-" + svTRIDs.incrementAndGet());
    }

    private <T> Uni<T> notModelled(String command) {
        return Uni.createFrom().failure(new UnsupportedOperationException(
                "the in-memory test registry does not model " + command));
    }

    @Override
    public Uni<DomainRenewed> renewDomain(DomainRenew renew) {
        return notModelled("renew");
    }

    @Override
    public Uni<RegistryReceipt> updateDomain(DomainUpdate update) {
        return notModelled("update");
    }

    @Override
    public Uni<RegistryReceipt> deleteDomain(DomainDelete delete) {
        return notModelled("delete");
    }

    @Override
    public Uni<RegistryReceipt> restoreDomain(DomainRestore restore) {
        return notModelled("restore");
    }

    @Override
    public Uni<TransferState> transferDomain(DomainTransfer transfer) {
        return notModelled("transfer");
    }

    @Override
    public Uni<RegistryReceipt> updateContact(ContactUpdate update) {
        return notModelled("contact update");
    }

    @Override
    public Uni<RegistryReceipt> changeHolder(HolderChange change) {
        return notModelled("holder change");
    }

    @Override
    public Uni<Optional<PollMessage>> poll() {
        return Uni.createFrom().item(Optional.empty());
    }

    @Override
    public Uni<Void> acknowledge(String messageId) {
        return notModelled("poll ack");
    }

    @Override
    public RegistryHealth health() {
        return new RegistryHealth(registryId, true, 1, 0, 1, "in-memory test registry");
    }

    @Override
    public Uni<Void> close() {
        return Uni.createFrom().voidItem();
    }
}
