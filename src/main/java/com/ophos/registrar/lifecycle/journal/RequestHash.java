package com.ophos.registrar.lifecycle.journal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of a request's JSON form: what tells "the same request again" from "another request under
 * a reused Idempotency-Key".
 */
@ApplicationScoped
public class RequestHash {
    private final ObjectMapper json;

    public RequestHash(ObjectMapper json) {
        this.json = json;
    }

    public String of(Object request) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | JsonProcessingException e) {
            throw new IllegalStateException("cannot hash the request", e);
        }
    }
}
