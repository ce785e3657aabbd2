package com.ophos.registrar.dns.powerdns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One kind of domain metadata, e.g. {@code TSIG-ALLOW-DNSUPDATE} with the key names allowed to update. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PdnsMetadata(String kind, List<String> metadata) {

    public PdnsMetadata {
        metadata = metadata == null ? List.of() : List.copyOf(metadata);
    }

    public static PdnsMetadata of(String kind, String... values) {
        return new PdnsMetadata(kind, List.of(values));
    }
}
