package com.ophos.registrar.ops.faultrun;

/**
 * One operation the gateway accepted (it answered with a journal entry's id): on a domain, or on a
 * contact ({@code contactId} set, {@code domain} null).
 */
record Submitted(String generator, String domain, long operationId, Long contactId) {

    Submitted(String generator, String domain, long operationId) {
        this(generator, domain, operationId, null);
    }

    boolean onContact() {
        return contactId != null;
    }
}
