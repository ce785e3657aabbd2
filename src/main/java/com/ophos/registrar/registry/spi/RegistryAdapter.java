package com.ophos.registrar.registry.spi;

import io.smallrye.mutiny.Uni;
import java.util.List;
import java.util.Optional;

/**
 * One registry, as the core sees it. Implementations speak the registry's own protocol (EPP and its
 * extensions) and translate refusals into {@link RegistryException} with a typed {@link Outcome}.
 *
 * <p>Every method is non-blocking. A failed {@code Uni} carries a {@link RegistryException}; when its
 * outcome is {@link Outcome#UNKNOWN} the command may or may not have been applied and the caller must
 * reconcile (info / transfer query) before any retry.
 */
public interface RegistryAdapter {

    /** Configuration id of the registry, e.g. {@code verisign}, {@code afnic}. */
    String registryId();

    /** Registry facts as configured: periods, grace periods, contact rules, tariffs. */
    RegistryPolicy policy();

    Uni<List<DomainAvailability>> checkDomains(DomainCheck check);

    Uni<DomainCreated> createDomain(DomainCreate create);

    Uni<DomainRenewed> renewDomain(DomainRenew renew);

    Uni<DomainInfo> infoDomain(DomainInfoQuery query);

    Uni<RegistryReceipt> updateDomain(DomainUpdate update);

    Uni<RegistryReceipt> deleteDomain(DomainDelete delete);

    /** RGP restore (request and, where the registry requires it, report) of a name in redemption. */
    Uni<RegistryReceipt> restoreDomain(DomainRestore restore);

    Uni<TransferState> transferDomain(DomainTransfer transfer);

    Uni<ContactCreated> createContact(ContactCreate create);

    Uni<RegistryReceipt> updateContact(ContactUpdate update);

    /**
     * The contact as the registry holds it. Every EPP registry answers it; an adapter without contact
     * objects refuses ({@link Outcome#POLICY_REFUSED}).
     */
    default Uni<ContactInfo> infoContact(String handle) {
        return Uni.createFrom().failure(new RegistryException(registryId(), Outcome.POLICY_REFUSED, 0,
                registryId() + " keeps no contact objects to read", null, null));
    }

    /**
     * Changes the holder (registrant) of a domain. Registries that treat this as a plain domain update
     * do so; others run their own procedure (AFNIC {@code trade}, or {@code recover} when forced).
     */
    Uni<RegistryReceipt> changeHolder(HolderChange change);

    /**
     * Where a holder change left pending ({@link RegistryReceipt#pending()}) stands. Registries whose
     * holder change is a plain domain update never leave one pending, so they refuse
     * ({@link Outcome#POLICY_REFUSED}) as the default does.
     */
    default Uni<HolderChangeState> queryHolderChange(HolderChangeQuery query) {
        return Uni.createFrom().failure(new RegistryException(registryId(), Outcome.POLICY_REFUSED, 0,
                registryId() + " has no holder-change procedure to query", null, null));
    }

    /** Withdraws a pending holder change; refused where holder changes never stay pending (see above). */
    default Uni<HolderChangeState> cancelHolderChange(HolderChangeCancel cancel) {
        return Uni.createFrom().failure(new RegistryException(registryId(), Outcome.POLICY_REFUSED, 0,
                registryId() + " has no holder-change procedure to cancel", cancel.clTRID(), null));
    }

    /**
     * Aligns a name's expiry day ({@link DomainExpirySync}). Only registries whose policy has
     * {@link RegistryPolicy#expirySync()} offer it; the others refuse ({@link Outcome#POLICY_REFUSED})
     * without sending anything, as the default does.
     */
    default Uni<RegistryReceipt> syncExpiry(DomainExpirySync sync) {
        return Uni.createFrom().failure(new RegistryException(registryId(), Outcome.POLICY_REFUSED, 0,
                registryId() + " offers no expiry-day alignment", sync.clTRID(), null));
    }

    /**
     * The price of a command on a name, to quote and then echo with it: the registry's own answer to a
     * fee check where it offers the fee extension, else the configured tariff (as the default does);
     * empty when neither prices it.
     */
    default Uni<Optional<CommandQuote>> quoteFee(FeeQuery query) {
        return Uni.createFrom().item(policy().tariffPrice(query)
                .map(fee -> new CommandQuote(fee, PriceSource.CONFIGURED_TARIFF)));
    }

    /** Oldest message of the registry's poll queue, if any; not acknowledged. */
    Uni<Optional<PollMessage>> poll();

    Uni<Void> acknowledge(String messageId);

    /** Sessions open/busy and whether the registry can take commands now. */
    RegistryHealth health();

    /** Logs out every session; called once at shutdown. */
    Uni<Void> close();
}
