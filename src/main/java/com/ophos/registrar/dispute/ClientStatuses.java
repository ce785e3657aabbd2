package com.ophos.registrar.dispute;

import java.util.Set;
import java.util.TreeSet;

/** The RFC 5731 client statuses a case sets and lifts. */
public final class ClientStatuses {
    public static final String UPDATE_LOCK = "clientUpdateProhibited";
    public static final String TRANSFER_LOCK = "clientTransferProhibited";
    public static final String DELETE_LOCK = "clientDeleteProhibited";
    public static final String HOLD = "clientHold";
    /** What opening a third-party claim freezes (R3). */
    public static final Set<String> FREEZE_LOCKS = Set.of(UPDATE_LOCK, TRANSFER_LOCK, DELETE_LOCK);

    private ClientStatuses() {
    }

    static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new TreeSet<>(a);
        all.addAll(b);
        return all;
    }

    static Set<String> minus(Set<String> a, Set<String> b) {
        Set<String> rest = new TreeSet<>(a);
        rest.removeAll(b);
        return rest;
    }

    static Set<String> intersection(Set<String> a, Set<String> b) {
        Set<String> both = new TreeSet<>(a);
        both.retainAll(b);
        return both;
    }
}
