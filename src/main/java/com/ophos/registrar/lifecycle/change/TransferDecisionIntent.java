package com.ophos.registrar.lifecycle.change;

/**
 * A journalled answer to another registrar's transfer request for one of our names.
 *
 * @param gainingClient the registrar that asked, as the registry named it when the answer was journalled
 */
public record TransferDecisionIntent(String name, Long customerId, boolean approve, String gainingClient) {
}
