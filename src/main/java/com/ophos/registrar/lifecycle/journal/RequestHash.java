package com.ophos.registrar.lifecycle.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.ophos.registrar.common.crypto.SecretBox;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HexFormat;

/**
 * Keyed fingerprint (HMAC-SHA256) of a request's JSON form: what tells "the same request again" from
 * "another request under a reused Idempotency-Key". Keyed, not a bare hash, because some requests carry
 * a secret (a transfer's auth code): a stored plain SHA-256 of a short code could be brute-forced back.
 * A new secrets key therefore makes a replay of an older request look like another request (409).
 */
@ApplicationScoped
public class RequestHash {
    private final ObjectMapper json;
    private final SecretBox secrets;

    public RequestHash(ObjectMapper json, SecretBox secrets) {
        this.json = json;
        this.secrets = secrets;
    }

    public String of(Object request) {
        try {
            return HexFormat.of().formatHex(secrets.fingerprint(json.writeValueAsBytes(request)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot fingerprint the request", e);
        }
    }
}
