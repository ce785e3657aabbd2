package com.ophos.registrar.dns.powerdns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A TSIG key held by PowerDNS. {@code key} is the base64 secret: never log it, and keep it out of
 * {@link #toString()}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PdnsTsigKey(String id, String name, String algorithm, String key) {

    /** Asks PowerDNS to generate the secret. */
    public static PdnsTsigKey generate(String name, String algorithm) {
        return new PdnsTsigKey(null, name, algorithm, null);
    }

    @Override
    public String toString() {
        return "PdnsTsigKey[id=" + id + ", name=" + name + ", algorithm=" + algorithm + ", key=***]";
    }
}
