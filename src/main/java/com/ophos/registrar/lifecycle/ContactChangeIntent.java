package com.ophos.registrar.lifecycle;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A journalled contact change: the contact as it must become, the registries (with our handle at each)
 * that hold a copy of it when the change was accepted, and, per registry whose holder change is a
 * procedure of its own (AFNIC trade), the domains whose holder's identity changes. Every other
 * registry gets the whole contact, so resending to one that already has it changes nothing.
 */
public record ContactChangeIntent(long contactId, long customerId, ContactDetails details,
                                  Map<String, String> registryHandles, Map<String, List<String>> holderChanges) {
    public ContactChangeIntent {
        registryHandles = new TreeMap<>(registryHandles);
        holderChanges = holderChanges == null ? Map.of() : new TreeMap<>(holderChanges);
    }
}
