package com.ophos.registrar.sandbox;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Everything the registry stores. One lock guards it all: each command runs atomically against a
 * consistent state, which is what makes a 2xxx answer mean "nothing applied".
 */
final class RegistryState {
    private final SandboxSettings settings;
    final Map<String, DomainObject> domains = new HashMap<>();
    final Map<String, ContactObject> contacts = new HashMap<>();
    final Map<String, HostObject> hosts = new HashMap<>();
    private final Map<String, Deque<PollMessage>> pollQueues = new HashMap<>();
    /** What time alone will change, earliest first ({@link #settleDue}). */
    private final PriorityQueue<Due> due = new PriorityQueue<>(Comparator.comparing(Due::at));
    /** Registrar passwords; login may change them (newPW). */
    final Map<String, String> passwords;
    private long nextRoid = 1;
    private long nextMessageId = 1;
    private long nextContactNumber = 1;
    /** Trades wait for {@link SandboxRegistry#decideTrade} instead of completing on request. */
    boolean tradesStayPending;
    /** Prices changed while running, over the configured ones, by TLD. */
    final Map<String, Tariff> repriced = new HashMap<>();
    /** Price changes due before the next command of a type ({@link SandboxRegistry#repriceBeforeNext}). */
    final Map<EppCommandType, Map.Entry<String, Tariff>> repriceBefore = new HashMap<>();

    RegistryState(SandboxSettings settings) {
        this.settings = settings;
        this.passwords = new ConcurrentHashMap<>(settings.accounts());
    }

    /**
     * Decides a pending trade as AFNIC does once the parties answered: the holder changes or not, and
     * the requesting registrar gets a poll message naming the request's transaction ids.
     */
    void decideTrade(DomainObject domain, boolean approved, Instant now) {
        PendingTrade trade = domain.pendingTrade;
        if (approved) {
            domain.registrant = trade.newHolder();
            domain.updated = now;
        }
        domain.pendingTrade = null;
        domain.lastTradeStatus = approved ? "completed" : "rejected";
        domain.lastTradeAt = now;
        enqueue(trade.requestedBy(), now, "Trade " + domain.lastTradeStatus + " for " + domain.name, Optional.empty(),
                Optional.of(new PollMessage.ActionNotice(domain.name, approved, trade.clientTransactionId(),
                        trade.serverTransactionId(), now)));
    }

    SandboxSettings settings() {
        return settings;
    }

    Optional<Tariff> tariff(String tld) {
        return Optional.ofNullable(repriced.get(tld)).or(() -> Optional.ofNullable(settings.tariffs().get(tld)));
    }

    String newRoid(String suffix) {
        return (nextRoid++) + "_" + suffix + "-SBX";
    }

    String newContactId(String name) {
        String letters = name == null ? "" : name.replaceAll("[^A-Za-z]", "").toUpperCase(java.util.Locale.ROOT);
        String initials = (letters + "XX").substring(0, 2);
        return initials + (nextContactNumber++) + "-FRNIC";
    }

    void enqueue(String clientId, Instant now, String text, Optional<PollMessage.TransferNotice> transfer,
                 Optional<PollMessage.ActionNotice> action) {
        PollMessage message = new PollMessage(Long.toString(nextMessageId++), clientId, now, text, transfer, action);
        pollQueues.computeIfAbsent(clientId, id -> new ArrayDeque<>()).addLast(message);
    }

    Deque<PollMessage> pollQueue(String clientId) {
        return pollQueues.computeIfAbsent(clientId, id -> new ArrayDeque<>());
    }

    List<PollMessage> pollQueueCopy(String clientId) {
        return new ArrayList<>(pollQueue(clientId));
    }

    /** The name enters redemption; it is purged once redemption and pending delete are over, unless a restore was asked. */
    void delete(DomainObject domain, Instant now) {
        domain.deleted = now;
        due.add(new Due(purgeDue(domain), domain.name));
    }

    /** The transfer is pending; it is server-approved when its action date comes without an answer. */
    void startTransfer(DomainObject domain, PendingTransfer transfer) {
        domain.pendingTransfer = transfer;
        due.add(new Due(transfer.actionDue(), domain.name));
    }

    private Instant purgeDue(DomainObject domain) {
        return domain.deleted.plus(settings.redemption()).plus(settings.pendingDelete());
    }

    /**
     * Applies what time alone decides: server-approved transfers and names purged after redemption
     * and pending delete. Runs before every command, so the clock may jump between commands. Only the
     * names with something due are looked at; an entry whose name changed since (restored, transfer
     * answered, purged and created again) is checked against the name as it is now, and dropped.
     */
    void settleDue(Instant now) {
        while (!due.isEmpty() && !now.isBefore(due.peek().at())) {
            DomainObject domain = domains.get(due.poll().name());
            if (domain == null) {
                continue;
            }
            if (domain.deleted != null && !domain.restoreRequested
                    && !now.isBefore(purgeDue(domain))) {
                domains.remove(domain.name);
                continue;
            }
            PendingTransfer transfer = domain.pendingTransfer;
            if (transfer != null && !now.isBefore(transfer.actionDue())) {
                TransferSettlement.complete(this, domain, "serverApproved", transfer.actionDue());
            }
        }
    }

    private record Due(Instant at, String name) {
    }
}
