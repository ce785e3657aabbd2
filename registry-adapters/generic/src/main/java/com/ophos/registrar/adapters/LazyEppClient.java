package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.EppClient;
import com.ophos.registrar.epp.EppUnavailableException;
import io.smallrye.mutiny.Uni;
import java.util.function.Supplier;

/**
 * The EPP client of an adapter, built on first use. Adapters are created while the application
 * starts, possibly before the sandbox registry they point at listens; its endpoint is looked up only
 * when the first command (or health check) needs the client.
 */
public final class LazyEppClient {
    private final Supplier<EppClient> factory;
    private EppClient client;
    /** The session share (DB lease) given before the client was built, applied when it is; -1: none. */
    private int share = -1;

    public LazyEppClient(Supplier<EppClient> factory) {
        this.factory = factory;
    }

    /** @throws EppUnavailableException when the client cannot be built (e.g. its sandbox is not running) */
    public synchronized EppClient get() {
        if (client == null) {
            try {
                client = factory.get();
                if (share >= 0) {
                    client.shareSessions(share);
                }
            } catch (RuntimeException e) {
                throw new EppUnavailableException("EPP client cannot be built: " + e.getMessage(), e);
            }
        }
        return client;
    }

    /** This instance's share of the registry's sessions, now or once the client is built. */
    public synchronized void share(int sessions) {
        share = sessions;
        if (client != null) {
            client.shareSessions(sessions);
        }
    }

    /** Closes the client if one was built; an adapter never used opens nothing to close. */
    public Uni<Void> close() {
        EppClient built;
        synchronized (this) {
            built = client;
        }
        return built == null ? Uni.createFrom().voidItem() : built.close();
    }
}
