package com.ophos.registrar.dns.powerdns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** One RRset of the PowerDNS API; {@code changetype} is only set in PATCH bodies. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PdnsRrSet(String name, String type, Integer ttl, String changetype, List<PdnsRecord> records) {

    public PdnsRrSet {
        records = records == null ? List.of() : List.copyOf(records);
    }

    public static PdnsRrSet of(String name, String type, int ttl, List<String> contents) {
        return new PdnsRrSet(name, type, ttl, null, contents.stream().map(PdnsRecord::enabled).toList());
    }

    public List<String> contents() {
        return records.stream().map(PdnsRecord::content).toList();
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PdnsRecord(String content, Boolean disabled) {
        static PdnsRecord enabled(String content) {
            return new PdnsRecord(content, false);
        }
    }
}
