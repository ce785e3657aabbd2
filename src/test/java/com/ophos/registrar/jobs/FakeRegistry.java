package com.ophos.registrar.jobs;

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
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An in-memory registry for the runs' tests: it holds names with their expiry, applies renewals
 * the way EPP does (curExpDate must match, else 2306), deletes, keeps a poll queue, and injects the
 * faults a test asks for. It counts every transform it applied, which is what the tests assert on.
 */
public class FakeRegistry implements RegistryAdapter {

    /** What the next renew of a name does instead of just succeeding. */
    public enum Fault { REFUSE_2304, APPLY_THEN_LOSE_ANSWER, PENDING_1001 }

    private record Held(Instant expiresAt, Set<String> statuses) {
    }

    private final String registryId;
    private final RegistryPolicy policy;
    private final Map<String, Held> names = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> renewals = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> deletes = new ConcurrentHashMap<>();
    private final Map<String, Fault> faults = new ConcurrentHashMap<>();
    private final ConcurrentLinkedDeque<PollMessage> queue = new ConcurrentLinkedDeque<>();
    private final AtomicInteger ackFailures = new AtomicInteger();
    private final AtomicInteger acks = new AtomicInteger();
    private final AtomicLong svTRIDs = new AtomicLong();
    private final AtomicInteger renewsInFlight = new AtomicInteger();
    private final AtomicInteger renewsInFlightPeak = new AtomicInteger();
    private volatile Semaphore renewGate;

    FakeRegistry(String registryId, RegistryPolicy policy) {
        this.registryId = registryId;
        this.policy = policy;
    }

    public void hold(String name, Instant expiresAt) {
        names.put(name, new Held(expiresAt, Set.of("ok")));
    }

    public boolean holds(String name) {
        return names.containsKey(name);
    }

    public Optional<Instant> expiry(String name) {
        return Optional.ofNullable(names.get(name)).map(Held::expiresAt);
    }

    public int renewalsOf(String name) {
        return renewals.getOrDefault(name, new AtomicInteger()).get();
    }

    public int deletesOf(String name) {
        return deletes.getOrDefault(name, new AtomicInteger()).get();
    }

    /** Every renew takes a permit from this gate first (none: no gate), so a test sees a run mid-way. */
    public void holdRenewsAt(Semaphore gate) {
        renewGate = gate;
    }

    /** The most renew commands this registry was answering at one time. */
    public int renewsInFlightPeak() {
        return renewsInFlightPeak.get();
    }

    public void failNextRenew(String name, Fault fault) {
        faults.put(name, fault);
    }

    public void enqueue(PollMessage message) {
        queue.addLast(message);
    }

    public int queued() {
        return queue.size();
    }

    /** The next {@code count} acknowledgements fail as if the connection broke after the commit. */
    public void failAcks(int count) {
        ackFailures.set(count);
    }

    public int acks() {
        return acks.get();
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
    public Uni<DomainRenewed> renewDomain(DomainRenew renew) {
        return Uni.createFrom().item(() -> {
            renewsInFlightPeak.accumulateAndGet(renewsInFlight.incrementAndGet(), Math::max);
            try {
                Semaphore gate = renewGate;
                if (gate != null && !gate.tryAcquire(60, TimeUnit.SECONDS)) {
                    throw new IllegalStateException("renew gate never opened");
                }
                return renewOnce(renew);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } finally {
                renewsInFlight.decrementAndGet();
            }
            // answered off the caller's thread, as a registry over the network is: a held renew must not
            // block the thread that hands the next command to the registry's guard
        }).runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private DomainRenewed renewOnce(DomainRenew renew) {
        Held held = names.get(renew.name());
        if (held == null) {
            throw refusal(Outcome.OBJECT_DOES_NOT_EXIST, 2303, "object does not exist", renew.clTRID());
        }
        Fault fault = faults.remove(renew.name());
        if (fault == Fault.REFUSE_2304) {
            throw refusal(Outcome.STATUS_PROHIBITS, 2304, "object status prohibits operation", renew.clTRID());
        }
        synchronized (this) {
            Held current = names.get(renew.name());
            if (!LocalDate.ofInstant(current.expiresAt(), ZoneOffset.UTC).equals(renew.currentExpiry())) {
                throw refusal(Outcome.POLICY_REFUSED, 2306, "curExpDate does not match", renew.clTRID());
            }
            Instant renewed = ZonedDateTime.ofInstant(current.expiresAt(), ZoneOffset.UTC)
                    .plusYears(renew.years()).toInstant();
            names.put(renew.name(), new Held(renewed, current.statuses()));
            renewals.computeIfAbsent(renew.name(), n -> new AtomicInteger()).incrementAndGet();
            if (fault == Fault.APPLY_THEN_LOSE_ANSWER) {
                throw new RegistryException(registryId, Outcome.UNKNOWN, 0, "connection reset after sending",
                        renew.clTRID(), null);
            }
            int code = fault == Fault.PENDING_1001 ? 1001 : 1000;
            return new DomainRenewed(renew.name(), renewed, receipt(code, renew.clTRID()));
        }
    }

    @Override
    public Uni<DomainInfo> infoDomain(DomainInfoQuery query) {
        return Uni.createFrom().item(() -> {
            Held held = names.get(query.name());
            if (held == null) {
                throw refusal(Outcome.OBJECT_DOES_NOT_EXIST, 2303, "object does not exist", null);
            }
            return new DomainInfo(query.name(), "ROID-" + query.name(), held.statuses(), "ophos", true,
                    Optional.empty(), List.of(), List.of(), Instant.parse("2020-01-01T00:00:00Z"),
                    Optional.of(held.expiresAt()), Optional.empty(), Optional.empty());
        });
    }

    @Override
    public Uni<RegistryReceipt> deleteDomain(DomainDelete delete) {
        return Uni.createFrom().item(() -> {
            if (names.remove(delete.name()) == null) {
                throw refusal(Outcome.OBJECT_DOES_NOT_EXIST, 2303, "object does not exist", delete.clTRID());
            }
            deletes.computeIfAbsent(delete.name(), n -> new AtomicInteger()).incrementAndGet();
            return receipt(1000, delete.clTRID());
        });
    }

    @Override
    public Uni<Optional<PollMessage>> poll() {
        return Uni.createFrom().item(() -> Optional.ofNullable(queue.peekFirst()));
    }

    @Override
    public Uni<Void> acknowledge(String messageId) {
        return Uni.createFrom().item(() -> {
            if (ackFailures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throw new RegistryException(registryId, Outcome.UNKNOWN, 0, "connection reset", null, null);
            }
            PollMessage head = queue.peekFirst();
            if (head == null || !head.id().equals(messageId)) {
                throw refusal(Outcome.OBJECT_DOES_NOT_EXIST, 2303, "no message " + messageId, null);
            }
            queue.removeFirst();
            acks.incrementAndGet();
            return null;
        });
    }

    private RegistryReceipt receipt(int code, String clTRID) {
        return new RegistryReceipt(code, code == 1001 ? "pending" : "ok", clTRID, registryId + "-SV-" + svTRIDs.incrementAndGet(),
                Optional.empty());
    }

    private RegistryException refusal(Outcome outcome, int code, String message, String clTRID) {
        return new RegistryException(registryId, outcome, code, message, clTRID, registryId + "-SV-" + svTRIDs.incrementAndGet());
    }

    private static <T> Uni<T> unsupported() {
        return Uni.createFrom().failure(new UnsupportedOperationException("not used by the runs' tests"));
    }

    @Override
    public Uni<List<DomainAvailability>> checkDomains(DomainCheck check) {
        return unsupported();
    }

    @Override
    public Uni<DomainCreated> createDomain(DomainCreate create) {
        return unsupported();
    }

    @Override
    public Uni<RegistryReceipt> updateDomain(DomainUpdate update) {
        return unsupported();
    }

    @Override
    public Uni<RegistryReceipt> restoreDomain(DomainRestore restore) {
        return unsupported();
    }

    @Override
    public Uni<TransferState> transferDomain(DomainTransfer transfer) {
        return unsupported();
    }

    @Override
    public Uni<ContactCreated> createContact(ContactCreate create) {
        return unsupported();
    }

    @Override
    public Uni<RegistryReceipt> updateContact(ContactUpdate update) {
        return unsupported();
    }

    @Override
    public Uni<RegistryReceipt> changeHolder(HolderChange change) {
        return unsupported();
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
