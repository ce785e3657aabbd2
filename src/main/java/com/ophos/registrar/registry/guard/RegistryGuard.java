package com.ophos.registrar.registry.guard;

import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryException;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.faulttolerance.api.Guard;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.util.TypeLiteral;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.eclipse.microprofile.faulttolerance.exceptions.TimeoutException;

/**
 * The fault tolerance of one registry, built with SmallRye's programmatic {@link Guard}: a timeout, a
 * circuit breaker that opens on repeated registry trouble, and a bulkhead as wide as this instance's
 * share of the registry's sessions ({@link SessionBulkhead}); around them a second breaker that opens on a single 2502 (session limit exceeded),
 * since more commands would only meet more refused logins. Refusals of the caller's own command
 * (2302, 2306...) are answers, not trouble, and leave the breakers closed.
 */
public final class RegistryGuard {
    static final int SESSION_LIMIT_EXCEEDED = 2502;
    @SuppressWarnings("rawtypes")
    private static final TypeLiteral<Uni> UNI = new TypeLiteral<>() { };

    private final String registryId;
    private final RegistryGuardsConfig.Limits limits;
    private final Breaker failures;
    private final Breaker sessionLimit;
    private final Guard calls;
    private final Guard sessions;
    private final SessionBulkhead bulkhead;
    private final RefusalCounter refused;

    /** {@code sessions}: this instance's share of the registry's sessions until told otherwise. */
    RegistryGuard(String registryId, RegistryGuardsConfig.Limits limits, int sessions, int pipelining,
                  RefusalCounter refused) {
        this.registryId = registryId;
        this.limits = limits;
        this.refused = refused;
        this.bulkhead = new SessionBulkhead(registryId, sessions, pipelining, limits.bulkheadQueue());
        this.failures = new Breaker(limits.openFor());
        this.sessionLimit = new Breaker(limits.sessionLimitOpenFor());
        this.calls = Guard.create()
                .withDescription("registry " + registryId)
                .withCircuitBreaker()
                    .requestVolumeThreshold(limits.failureWindow())
                    .failureRatio(limits.failureRatio())
                    .delay(limits.openFor().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(limits.closeAfterSuccesses())
                    .when(RegistryGuard::registryTrouble)
                    .onStateChange(failures::moved)
                    .done()
                .withTimeout().duration(limits.timeout().toMillis(), ChronoUnit.MILLIS).done()
                .withThreadOffload(false)
                .build();
        this.sessions = Guard.create()
                .withDescription("registry " + registryId + " session limit")
                .withCircuitBreaker()
                    .requestVolumeThreshold(1)
                    .failureRatio(1.0)
                    .delay(limits.sessionLimitOpenFor().toMillis(), ChronoUnit.MILLIS)
                    .successThreshold(1)
                    .when(RegistryGuard::sessionLimitExceeded)
                    .onStateChange(sessionLimit::moved)
                    .done()
                .withThreadOffload(false)
                .build();
    }

    /** The session leases gave this instance {@code sessions} of the registry's sessions: the bulkhead follows. */
    void shareSessions(int sessions) {
        bulkhead.share(sessions);
    }

    /** Calls let through to the registry at once now: this instance's session share × pipelining. */
    public int bulkheadWidth() {
        return bulkhead.width();
    }

    /** Calls that may take effect at the registry: a timeout leaves their outcome unknown. */
    <T> Uni<T> transform(Supplier<Uni<T>> call) {
        return run(call, true);
    }

    /** Calls that change nothing at the registry: a timeout means nothing was obtained. */
    <T> Uni<T> query(Supplier<Uni<T>> call) {
        return run(call, false);
    }

    @SuppressWarnings("unchecked")
    private <T> Uni<T> run(Supplier<Uni<T>> call, boolean transform) {
        Supplier<Uni<T>> inner = () -> {
            // The bulkhead sits inside the breaker and the timeout, where SmallRye's own would be.
            Uni<T> guarded = get(calls, () -> bulkhead.run(call));
            return guarded.onFailure().transform(failure -> translate(failure, transform, failures,
                    "repeated failures"));
        };
        return get(sessions, inner).onFailure().transform(failure -> translate(failure, transform, sessionLimit,
                "session limit exceeded (" + SESSION_LIMIT_EXCEEDED + ")"));
    }

    @SuppressWarnings("unchecked")
    private static <T> Uni<T> get(Guard guard, Supplier<Uni<T>> call) {
        Supplier<Uni> raw = () -> call.get();
        return (Uni<T>) guard.get(raw, UNI);
    }

    private Throwable translate(Throwable failure, boolean transform, Breaker breaker, String why) {
        if (failure instanceof CircuitBreakerOpenException) {
            refused.circuitOpen(registryId);
            return new RegistryCircuitOpenException(registryId, why, breaker.retryAfter(), failure);
        }
        if (failure instanceof BulkheadException) {
            refused.busy(registryId);
            return new RegistryBusyException(registryId, limits.busyRetryAfter(), failure);
        }
        if (failure instanceof TimeoutException) {
            return new RegistryException(registryId,
                    transform ? Outcome.UNKNOWN
                            : Outcome.UNAVAILABLE,
                    0, "registry " + registryId + " gave no answer within " + limits.timeout().toSeconds() + " s",
                    null, null, failure);
        }
        return failure;
    }

    /** Trouble with the registry itself, as opposed to an answer refusing this one command. */
    static boolean registryTrouble(Throwable failure) {
        if (failure instanceof BulkheadException) {
            return false;
        }
        if (failure instanceof RegistryException refusal) {
            return switch (refusal.outcome()) {
                case UNAVAILABLE, UNKNOWN, COMMAND_FAILED, SESSION_ENDED -> true;
                default -> false;
            };
        }
        return true;
    }

    static boolean sessionLimitExceeded(Throwable failure) {
        return failure instanceof RegistryException refusal && refusal.resultCode() == SESSION_LIMIT_EXCEEDED;
    }

    /** The worse of the two breakers. */
    public CircuitBreakerState state() {
        CircuitBreakerState a = failures.state;
        CircuitBreakerState b = sessionLimit.state;
        if (a == CircuitBreakerState.OPEN || b == CircuitBreakerState.OPEN) {
            return CircuitBreakerState.OPEN;
        }
        if (a == CircuitBreakerState.HALF_OPEN || b == CircuitBreakerState.HALF_OPEN) {
            return CircuitBreakerState.HALF_OPEN;
        }
        return CircuitBreakerState.CLOSED;
    }

    /** Why calls are refused now, for health and logs; empty while both breakers are closed. */
    public String describe() {
        if (sessionLimit.state == CircuitBreakerState.OPEN) {
            return "circuit open: session limit exceeded, retry in " + sessionLimit.retryAfter().toSeconds() + " s";
        }
        if (failures.state == CircuitBreakerState.OPEN) {
            return "circuit open: repeated failures, retry in " + failures.retryAfter().toSeconds() + " s";
        }
        if (state() == CircuitBreakerState.HALF_OPEN) {
            return "circuit half-open: trial calls";
        }
        return "";
    }

    /** Counts turned-away calls; a metric in the application, nothing in plain tests. */
    interface RefusalCounter {
        void circuitOpen(String registryId);

        void busy(String registryId);
    }

    /** What one SmallRye breaker last told us, so that callers can be given a Retry-After. */
    private static final class Breaker {
        private final Duration openFor;
        private volatile CircuitBreakerState state = CircuitBreakerState.CLOSED;
        private volatile long openedAtNanos;

        Breaker(Duration openFor) {
            this.openFor = openFor;
        }

        void moved(CircuitBreakerState now) {
            if (now == CircuitBreakerState.OPEN) {
                openedAtNanos = System.nanoTime();
            }
            state = now;
        }

        Duration retryAfter() {
            Duration left = openFor.minusNanos(System.nanoTime() - openedAtNanos);
            return left.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : left;
        }
    }
}
