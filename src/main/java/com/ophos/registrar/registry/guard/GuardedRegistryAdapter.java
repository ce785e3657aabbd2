package com.ophos.registrar.registry.guard;

import com.ophos.registrar.registry.spi.CommandQuote;
import com.ophos.registrar.registry.spi.ContactCreate;
import com.ophos.registrar.registry.spi.ContactCreated;
import com.ophos.registrar.registry.spi.ContactInfo;
import com.ophos.registrar.registry.spi.ContactUpdate;
import com.ophos.registrar.registry.spi.DomainAvailability;
import com.ophos.registrar.registry.spi.DomainCheck;
import com.ophos.registrar.registry.spi.DomainCreate;
import com.ophos.registrar.registry.spi.DomainCreated;
import com.ophos.registrar.registry.spi.DomainDelete;
import com.ophos.registrar.registry.spi.DomainExpirySync;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainRenew;
import com.ophos.registrar.registry.spi.DomainRenewed;
import com.ophos.registrar.registry.spi.DomainRestore;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.DomainUpdate;
import com.ophos.registrar.registry.spi.FeeQuery;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.HolderChangeCancel;
import com.ophos.registrar.registry.spi.HolderChangeQuery;
import com.ophos.registrar.registry.spi.HolderChangeState;
import com.ophos.registrar.registry.spi.PollMessage;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryHealth;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.SharedSessions;
import com.ophos.registrar.registry.spi.TransferState;
import io.smallrye.faulttolerance.api.CircuitBreakerState;
import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/**
 * A registry adapter behind its registry's {@link RegistryGuard}: every command passes the breakers,
 * the timeout and the bulkhead; health reports the breaker with the sessions. Closing is not guarded.
 */
public final class GuardedRegistryAdapter implements RegistryAdapter, SharedSessions {
    private final RegistryAdapter registry;
    private final RegistryGuard guard;

    GuardedRegistryAdapter(RegistryAdapter registry, RegistryGuard guard) {
        this.registry = registry;
        this.guard = guard;
    }

    @Override
    public String registryId() {
        return registry.registryId();
    }

    @Override
    public RegistryPolicy policy() {
        return registry.policy();
    }

    @Override
    public Uni<List<DomainAvailability>> checkDomains(DomainCheck check) {
        return guard.query(() -> registry.checkDomains(check));
    }

    @Override
    public Uni<Optional<CommandQuote>> quoteFee(FeeQuery query) {
        return guard.query(() -> registry.quoteFee(query));
    }

    @Override
    public Uni<DomainCreated> createDomain(DomainCreate create) {
        return guard.transform(() -> registry.createDomain(create));
    }

    @Override
    public Uni<DomainRenewed> renewDomain(DomainRenew renew) {
        return guard.transform(() -> registry.renewDomain(renew));
    }

    @Override
    public Uni<DomainInfo> infoDomain(DomainInfoQuery query) {
        return guard.query(() -> registry.infoDomain(query));
    }

    @Override
    public Uni<RegistryReceipt> updateDomain(DomainUpdate update) {
        return guard.transform(() -> registry.updateDomain(update));
    }

    @Override
    public Uni<RegistryReceipt> deleteDomain(DomainDelete delete) {
        return guard.transform(() -> registry.deleteDomain(delete));
    }

    @Override
    public Uni<RegistryReceipt> restoreDomain(DomainRestore restore) {
        return guard.transform(() -> registry.restoreDomain(restore));
    }

    /** A transfer query changes nothing, but the same call requests and approves: treated as a transform. */
    @Override
    public Uni<TransferState> transferDomain(DomainTransfer transfer) {
        return guard.transform(() -> registry.transferDomain(transfer));
    }

    @Override
    public Uni<ContactCreated> createContact(ContactCreate create) {
        return guard.transform(() -> registry.createContact(create));
    }

    @Override
    public Uni<RegistryReceipt> updateContact(ContactUpdate update) {
        return guard.transform(() -> registry.updateContact(update));
    }

    @Override
    public Uni<ContactInfo> infoContact(String handle) {
        return guard.query(() -> registry.infoContact(handle));
    }

    @Override
    public Uni<RegistryReceipt> syncExpiry(DomainExpirySync sync) {
        return guard.transform(() -> registry.syncExpiry(sync));
    }

    @Override
    public Uni<RegistryReceipt> changeHolder(HolderChange change) {
        return guard.transform(() -> registry.changeHolder(change));
    }

    @Override
    public Uni<HolderChangeState> queryHolderChange(HolderChangeQuery query) {
        return guard.query(() -> registry.queryHolderChange(query));
    }

    @Override
    public Uni<HolderChangeState> cancelHolderChange(HolderChangeCancel cancel) {
        return guard.transform(() -> registry.cancelHolderChange(cancel));
    }

    @Override
    public Uni<Optional<PollMessage>> poll() {
        return guard.query(registry::poll);
    }

    @Override
    public Uni<Void> acknowledge(String messageId) {
        return guard.transform(() -> registry.acknowledge(messageId));
    }

    /** Down while a breaker is open, whatever the sessions say: no command will be sent. */
    @Override
    public RegistryHealth health() {
        RegistryHealth sessions = registry.health();
        String circuit = guard.describe();
        if (circuit.isEmpty()) {
            return sessions;
        }
        String detail = sessions.detail() == null || sessions.detail().isBlank() ? circuit
                : sessions.detail() + "; " + circuit;
        return new RegistryHealth(sessions.registryId(), sessions.up() && guard.state() != CircuitBreakerState.OPEN,
                sessions.sessionsOpen(), sessions.sessionsBusy(), sessions.sessionsMax(), detail);
    }

    /**
     * The guard's bulkhead follows this instance's share; passed on to adapters whose sessions are
     * shared out (their pool), others have no sessions to share.
     */
    @Override
    public void shareSessions(int sessions) {
        guard.shareSessions(sessions);
        if (registry instanceof SharedSessions shared) {
            shared.shareSessions(sessions);
        }
    }

    @Override
    public Uni<Void> close() {
        return registry.close();
    }

    public CircuitBreakerState circuitState() {
        return guard.state();
    }
}
