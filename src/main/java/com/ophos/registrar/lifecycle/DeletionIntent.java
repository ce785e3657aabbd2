package com.ophos.registrar.lifecycle;

/** A journalled domain delete, with the rule that asked for it (R15 release, unpaid auto-renewal). */
public record DeletionIntent(String name, Long customerId, String rule, String reason) {
}
