package com.ophos.registrar.dns.powerdns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of {@code GET /servers/{id}}: proves the API is up and says which daemon answers. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record PdnsServer(String id, @JsonProperty("daemon_type") String daemonType, String version) {
}
