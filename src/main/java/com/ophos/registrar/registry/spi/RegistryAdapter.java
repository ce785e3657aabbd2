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
     * Changes the holder (registrant) of a domain. Registries that treat this as a plain domain update
     * do so; others run their own procedure (AFNIC {@code trade}, or {@code recover} when forced).
     */
    Uni<RegistryReceipt> changeHolder(HolderChange change);

    /** Oldest message of the registry's poll queue, if any; not acknowledged. */
    Uni<Optional<PollMessage>> poll();

    Uni<Void> acknowledge(String messageId);

    /** Sessions open/busy and whether the registry can take commands now. */
    RegistryHealth health();

    /** Logs out every session; called once at shutdown. */
    Uni<Void> close();
}
