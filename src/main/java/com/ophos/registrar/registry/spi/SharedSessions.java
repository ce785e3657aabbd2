package com.ophos.registrar.registry.spi;

/**
 * An adapter whose sessions count against an account-wide limit that several gateway instances
 * share (through leases in the database): it opens no more sessions than its share.
 */
public interface SharedSessions {

    /** This instance's share of the registry's sessions from now on; sessions above it are closed. */
    void shareSessions(int sessions);
}
