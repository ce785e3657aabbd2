package com.ophos.registrar.sandbox;

import io.vertx.core.Vertx;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.JdkSSLEngineOptions;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.TrustOptions;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;

/**
 * One running sandbox registry: an EPP server over TLS (client certificate required) with its
 * in-memory state, fault switches and inspection methods for tests.
 */
public final class SandboxRegistry implements AutoCloseable {
    private static final int COMMAND_LOG_CAPACITY = 100_000;

    private final SandboxSettings settings;
    private final SandboxCertificates certificates;
    private final SandboxClock clock = new SandboxClock(Clock.systemUTC());
    private final RegistryState state;
    private final SandboxFaults faults = new SandboxFaults();
    private final SessionCounter sessions = new SessionCounter();
    private final AtomicLong serverTransactions = new AtomicLong();
    private final String instance = String.format("%08x", ThreadLocalRandom.current().nextInt());
    private final Map<EppCommandType, LongAdder> received = new ConcurrentHashMap<>();
    private final Deque<LoggedCommand> commandLog = new ArrayDeque<>();
    private final NetServer server;
    private final AnswerTimer answerTimer = new AnswerTimer();

    private SandboxRegistry(SandboxSettings settings, SandboxCertificates certificates, NetServer server) {
        this.settings = settings;
        this.certificates = certificates;
        this.state = new RegistryState(settings);
        this.server = server;
    }

    /** Starts listening and returns once the port is bound. Not to be called on an event-loop thread. */
    public static SandboxRegistry start(Vertx vertx, SandboxSettings settings, SandboxCertificates certificates) {
        try {
            return listen(vertx, settings, certificates).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("sandbox registry cannot listen on " + settings.host() + ":"
                    + settings.port(), e);
        }
    }

    /** Starts listening; completes once the port is bound, so several sandboxes can start at once. */
    public static CompletableFuture<SandboxRegistry> listen(Vertx vertx, SandboxSettings settings,
                                                           SandboxCertificates certificates) {
        NetServerOptions options = new NetServerOptions()
                .setHost(settings.host())
                .setPort(settings.port())
                .setSsl(true)
                // a reused buffer for each TLS record written, as the gateway's client does (TlsOptions)
                .setSslEngineOptions(new JdkSSLEngineOptions().setPooledHeapBuffers(true))
                .setClientAuth(ClientAuth.REQUIRED)
                .setKeyCertOptions(KeyCertOptions.wrap(keyManagers(certificates)))
                .setTrustOptions(TrustOptions.wrap(trustManagers(certificates)))
                .setEnabledSecureTransportProtocols(Set.of("TLSv1.2", "TLSv1.3"))
                .setIdleTimeout((int) settings.idleTimeout().toMillis())
                .setIdleTimeoutUnit(TimeUnit.MILLISECONDS);
        NetServer server = vertx.createNetServer(options);
        SandboxRegistry registry = new SandboxRegistry(settings, certificates, server);
        server.connectHandler(socket -> new EppConnection(vertx, socket, registry).start());
        return server.listen().toCompletionStage().toCompletableFuture().thenApply(bound -> registry);
    }

    // The in-memory stores themselves, not serialised copies: no key derivation per sandbox start.
    private static KeyManagerFactory keyManagers(SandboxCertificates certificates) {
        try {
            KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            factory.init(certificates.serverKeyStore(), certificates.password().toCharArray());
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sandbox server key unusable", e);
        }
    }

    private static TrustManagerFactory trustManagers(SandboxCertificates certificates) {
        try {
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(certificates.trustStore());
            return factory;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sandbox trust store unusable", e);
        }
    }

    public String host() {
        return settings.host();
    }

    /** The bound port (the ephemeral one when the settings asked for 0). */
    public int port() {
        return server.actualPort();
    }

    public SandboxSettings settings() {
        return settings;
    }

    public SandboxCertificates certificates() {
        return certificates;
    }

    public SandboxFaults faults() {
        return faults;
    }

    /** Move it forward to cross grace periods and transfer deadlines. */
    public SandboxClock clock() {
        return clock;
    }

    public Optional<DomainSnapshot> domain(String name) {
        synchronized (state) {
            state.settleDue(clock.instant());
            return Optional.ofNullable(state.domains.get(DomainNames.normalise(name)))
                    .map(d -> d.snapshot(clock.instant(), settings));
        }
    }

    /**
     * Sets or clears a status only the registry may set ({@code serverUpdateProhibited},
     * {@code serverHold}, ...), as a registry operator would.
     */
    public void serverStatus(String domainName, String status, boolean set) {
        if (!status.startsWith("server")) {
            throw new IllegalArgumentException(status + " is not a server status");
        }
        synchronized (state) {
            DomainObject domain = state.domains.get(DomainNames.normalise(domainName));
            if (domain == null) {
                throw new IllegalArgumentException("no domain " + domainName);
            }
            if (set) {
                domain.statuses.add(status);
            } else {
                domain.statuses.remove(status);
            }
        }
    }

    /**
     * The registry changes a TLD's prices just before it applies the next command of this type: the
     * price moves between a registrar's quote (fee check) and its order.
     */
    public void repriceBeforeNext(EppCommandType type, String tld, Tariff tariff) {
        synchronized (state) {
            state.repriceBefore.put(type, Map.entry(tld, tariff));
        }
    }

    /** Back to the configured prices, forgetting every change made while running. */
    public void configuredPrices() {
        synchronized (state) {
            state.repriceBefore.clear();
            state.repriced.clear();
        }
    }

    /**
     * With {@code true}, a trade request stays pending (query shows it, cancel withdraws it) until
     * {@link #decideTrade} settles it; with {@code false} (the default) it completes on request.
     */
    public void tradesStayPending(boolean value) {
        synchronized (state) {
            state.tradesStayPending = value;
        }
    }

    /** The registry's decision on a pending trade, announced by a poll message; false when none was pending. */
    public boolean decideTrade(String domainName, boolean approved) {
        synchronized (state) {
            DomainObject domain = state.domains.get(DomainNames.normalise(domainName));
            if (domain == null || domain.pendingTrade == null) {
                return false;
            }
            state.decideTrade(domain, approved, clock.instant());
            return true;
        }
    }

    /**
     * Another registrar asks for a name, as its domain:transfer op="request" would (auth code taken as
     * right): the transfer is pending and the sponsor's poll queue has the notice.
     */
    public void transferRequestedBy(String domainName, String gainingClientId, int years) {
        synchronized (state) {
            DomainObject domain = state.domains.get(DomainNames.normalise(domainName));
            if (domain == null || domain.pendingTransfer != null || domain.sponsor.equals(gainingClientId)) {
                throw new IllegalArgumentException("no transfer of " + domainName + " can be requested now");
            }
            Instant now = clock.instant();
            PendingTransfer transfer = new PendingTransfer(gainingClientId, domain.sponsor, now,
                    now.plus(settings.transferAutoApprove()), years);
            state.startTransfer(domain, transfer);
            PollMessage.TransferNotice notice = new PollMessage.TransferNotice(domain.name, "pending",
                    gainingClientId, now, domain.sponsor, transfer.actionDue(),
                    domain.expires.atZone(java.time.ZoneOffset.UTC).plusYears(years).toInstant());
            state.enqueue(domain.sponsor, now, "Transfer requested for " + domain.name, Optional.of(notice),
                    Optional.empty());
        }
    }

    /**
     * A name another registrar registered long ago (past any transfer lock), known by {@code authInfo}:
     * what a customer brings when transferring a name in.
     */
    public void registeredElsewhere(String domainName, String sponsorClientId, String authInfo) {
        synchronized (state) {
            String name = DomainNames.normalise(domainName);
            if (state.domains.containsKey(name)) {
                throw new IllegalArgumentException(domainName + " exists");
            }
            Instant created = clock.instant().minus(java.time.Duration.ofDays(400));
            DomainObject domain = new DomainObject(name, state.newRoid("DOMAIN"), sponsorClientId, created,
                    created.atZone(java.time.ZoneOffset.UTC).plusYears(2).toInstant(), settings.addGrace());
            domain.authInfo = authInfo;
            domain.nameservers.add("ns1.elsewhere.example");
            state.domains.put(name, domain);
        }
    }

    /** The losing registrar approves the pending transfer, as its domain:transfer op="approve" would. */
    public void transferApprovedBySponsor(String domainName) {
        synchronized (state) {
            DomainObject domain = state.domains.get(DomainNames.normalise(domainName));
            if (domain == null || domain.pendingTransfer == null) {
                throw new IllegalArgumentException("no transfer of " + domainName + " is pending");
            }
            TransferSettlement.complete(state, domain, "clientApproved", clock.instant());
        }
    }

    /** The losing registrar rejects the pending transfer, as its domain:transfer op="reject" would. */
    public void transferRejectedBySponsor(String domainName) {
        synchronized (state) {
            DomainObject domain = state.domains.get(DomainNames.normalise(domainName));
            if (domain == null || domain.pendingTransfer == null) {
                throw new IllegalArgumentException("no transfer of " + domainName + " is pending");
            }
            TransferSettlement.abandon(state, domain, "clientRejected", clock.instant());
        }
    }

    public Optional<ContactSnapshot> contact(String id) {
        synchronized (state) {
            return Optional.ofNullable(state.contacts.get(id)).map(ContactObject::snapshot);
        }
    }

    public Optional<HostSnapshot> host(String name) {
        synchronized (state) {
            return Optional.ofNullable(state.hosts.get(DomainNames.normalise(name))).map(HostObject::snapshot);
        }
    }

    /** Messages waiting for a registrar, oldest first. */
    public List<PollMessage> pollQueue(String clientId) {
        synchronized (state) {
            state.settleDue(clock.instant());
            return state.pollQueueCopy(clientId);
        }
    }

    /** The most recent commands (up to 100,000), oldest first. */
    public List<LoggedCommand> commandLog() {
        synchronized (commandLog) {
            return List.copyOf(commandLog);
        }
    }

    /** Frames received of this type, whatever happened to them (faults included). */
    public long commandsReceived(EppCommandType type) {
        LongAdder count = received.get(type);
        return count == null ? 0 : count.sum();
    }

    public Map<EppCommandType, Long> commandCounts() {
        Map<EppCommandType, Long> counts = new EnumMap<>(EppCommandType.class);
        received.forEach((type, count) -> counts.put(type, count.sum()));
        return counts;
    }

    /** Every frame except hello, login and logout: what a test means by "an EPP command was sent". */
    public long objectCommandsReceived() {
        return commandCounts().entrySet().stream().filter(e -> !e.getKey().isSessionCommand())
                .mapToLong(Map.Entry::getValue).sum();
    }

    public int activeSessions(String clientId) {
        return sessions.active(clientId);
    }

    @Override
    public void close() {
        try {
            server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("sandbox registry did not stop", e);
        } finally {
            answerTimer.close();
        }
    }

    AnswerTimer answerTimer() {
        return answerTimer;
    }

    RegistryState state() {
        return state;
    }

    SessionCounter sessions() {
        return sessions;
    }

    String nextServerTransactionId() {
        // The instance part keeps svTRIDs unique across sandbox restarts, as a real registry's are: the
        // ledger is unique on (registry, svTRID) and a test database may outlive a sandbox.
        String number = Long.toString(serverTransactions.incrementAndGet());
        return "SBX-" + instance + "-" + "0".repeat(Math.max(0, 13 - number.length())) + number;
    }

    void record(EppCommandType type, Optional<String> clientTransactionId, Optional<String> clientId, int code) {
        received.computeIfAbsent(type, t -> new LongAdder()).increment();
        synchronized (commandLog) {
            if (commandLog.size() == COMMAND_LOG_CAPACITY) {
                commandLog.removeFirst();
            }
            commandLog.addLast(new LoggedCommand(type, clientTransactionId, clientId, code));
        }
    }

    /**
     * Runs a logged-in command's flow atomically against the state and renders the answer before
     * releasing the lock, since response writers read the state.
     */
    EppResponse.Rendered apply(EppCommand command, String clientId, Set<String> extensions,
                               String serverTransactionId) throws EppException {
        Flow flow = Flows.of(command.type());
        synchronized (state) {
            Instant now = clock.instant();
            state.settleDue(now);
            Optional.ofNullable(state.repriceBefore.remove(command.type()))
                    .ifPresent(price -> state.repriced.put(price.getKey(), price.getValue()));
            return flow.run(new CommandContext(command, clientId, extensions, state, now, serverTransactionId))
                    .render(command.clientTransactionId().orElse(null), serverTransactionId);
        }
    }
}
