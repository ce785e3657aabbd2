package com.ophos.registrar.sandbox;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** Logged-in sessions per registrar, against the registry's limit. */
final class SessionCounter {
    private final Map<String, AtomicInteger> sessions = new ConcurrentHashMap<>();

    boolean tryAcquire(String clientId, int max) {
        AtomicInteger count = sessions.computeIfAbsent(clientId, id -> new AtomicInteger());
        while (true) {
            int current = count.get();
            if (current >= max) {
                return false;
            }
            if (count.compareAndSet(current, current + 1)) {
                return true;
            }
        }
    }

    void release(String clientId) {
        sessions.get(clientId).decrementAndGet();
    }

    int active(String clientId) {
        AtomicInteger count = sessions.get(clientId);
        return count == null ? 0 : count.get();
    }
}
