package com.ophos.registrar.dispute;

import com.ophos.registrar.registry.RegistryRouter;
import com.ophos.registrar.registry.spi.DomainInfo;
import com.ophos.registrar.registry.spi.DomainInfoQuery;
import com.ophos.registrar.registry.spi.DomainTransfer;
import com.ophos.registrar.registry.spi.DomainUpdate;
import com.ophos.registrar.registry.spi.HolderChange;
import com.ophos.registrar.registry.spi.Outcome;
import com.ophos.registrar.registry.spi.RegistryAdapter;
import com.ophos.registrar.registry.spi.RegistryException;
import com.ophos.registrar.registry.spi.RegistryPolicy;
import com.ophos.registrar.registry.spi.RegistryReceipt;
import com.ophos.registrar.registry.spi.TransferState;
import io.smallrye.mutiny.TimeoutException;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The registry commands a case sends, through the router, waiting at most the configured time. A
 * wait that runs out is an {@link Outcome#UNKNOWN} outcome: the next attempt reads the name first.
 */
@ApplicationScoped
public class RegistryCommands {
    private final RegistryRouter router;
    private final DisputesConfig config;

    public RegistryCommands(RegistryRouter router, DisputesConfig config) {
        this.router = router;
        this.config = config;
    }

    /** Unique per command; names the case so registry logs can be traced back to it. */
    public String clTRID(DisputeCase disputeCase) {
        byte[] random = new byte[6];
        ThreadLocalRandom.current().nextBytes(random);
        return "dsp-" + disputeCase.id + "-" + HexFormat.of().formatHex(random);
    }

    /** The rules of the case's registry, e.g. how long a released auth code must be. */
    public RegistryPolicy policy(DisputeCase disputeCase) {
        return adapter(disputeCase).policy();
    }

    public DomainInfo info(DisputeCase disputeCase) {
        return await(disputeCase, null, adapter(disputeCase).infoDomain(DomainInfoQuery.of(disputeCase.domain)));
    }

    public RegistryReceipt updateStatuses(DisputeCase disputeCase, Set<String> add, Set<String> remove,
                                          Optional<String> newAuthInfo) {
        String clTRID = clTRID(disputeCase);
        DomainUpdate update = new DomainUpdate(disputeCase.domain, List.of(), List.of(), add, remove,
                List.of(), List.of(), newAuthInfo, clTRID);
        return await(disputeCase, clTRID, adapter(disputeCase).updateDomain(update));
    }

    public TransferState transfer(DisputeCase disputeCase, DomainTransfer.Op op) {
        String clTRID = clTRID(disputeCase);
        return await(disputeCase, clTRID, adapter(disputeCase).transferDomain(
                new DomainTransfer(disputeCase.domain, op, Optional.empty(), Optional.empty(), clTRID)));
    }

    public RegistryReceipt forceHolderChange(DisputeCase disputeCase, String newHolder, Optional<String> authorisation) {
        String clTRID = clTRID(disputeCase);
        return await(disputeCase, clTRID, adapter(disputeCase).changeHolder(
                new HolderChange(disputeCase.domain, newHolder, true, authorisation, clTRID)));
    }

    /** AFNIC-like registries (holder change by trade) run a forced change only on their own authorisation. */
    public boolean holderChangeNeedsAuthorisation(DisputeCase disputeCase) {
        return adapter(disputeCase).policy().holderChangeProcedure() == RegistryPolicy.HolderChangeProcedure.TRADE;
    }

    private RegistryAdapter adapter(DisputeCase disputeCase) {
        return router.byId(disputeCase.registryId).orElseGet(() -> router.route(disputeCase.domain));
    }

    private <T> T await(DisputeCase disputeCase, String clTRID, Uni<T> command) {
        try {
            return command.await().atMost(config.registryTimeout());
        } catch (TimeoutException timeout) {
            throw new RegistryException(disputeCase.registryId, Outcome.UNKNOWN, 0,
                    "no answer within " + config.registryTimeout(), clTRID, null);
        }
    }
}
