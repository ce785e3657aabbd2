package com.ophos.registrar.api;

/**
 * Answer of {@code POST /api/v1/domains/{name}/auth-code}: the transfer secret, present only once the
 * registry has it, and only in this answer (the same request again, same key, gets it again).
 */
public record AuthCodeJson(String authCode, OperationJson operation) {
    @Override
    public String toString() {
        return "AuthCodeJson[operation=" + operation.id() + "]";
    }
}
