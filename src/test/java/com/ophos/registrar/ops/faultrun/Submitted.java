package com.ophos.registrar.ops.faultrun;

/** One operation the gateway accepted (it answered with a journal entry's id). */
record Submitted(String generator, String domain, long operationId) {
}
