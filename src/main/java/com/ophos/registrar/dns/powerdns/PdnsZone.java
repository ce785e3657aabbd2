package com.ophos.registrar.dns.powerdns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A zone as the PowerDNS HTTP API shows it; {@code rrsets} is absent in zone lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record PdnsZone(
        String id,
        String name,
        String kind,
        List<String> nameservers,
        List<PdnsRrSet> rrsets,
        @JsonProperty("master_tsig_key_ids") List<String> masterTsigKeyIds,
        @JsonProperty("soa_edit_api") String soaEditApi,
        Long serial) {

    public PdnsZone {
        nameservers = nameservers == null ? null : List.copyOf(nameservers);
        rrsets = rrsets == null ? null : List.copyOf(rrsets);
        masterTsigKeyIds = masterTsigKeyIds == null ? null : List.copyOf(masterTsigKeyIds);
    }

    /** A new Native zone (no PowerDNS replication: our servers are the only authority). */
    public static PdnsZone nativeZone(String name, List<PdnsRrSet> rrsets, String axfrKeyId) {
        // nameservers stays empty: the NS RRset is part of rrsets, with our TTL.
        return new PdnsZone(null, name, "Native", List.of(), rrsets, List.of(axfrKeyId), "DEFAULT", null);
    }

    /** The zone's RRsets ({@code []} when the API left them out). */
    public List<PdnsRrSet> rrsetsOrEmpty() {
        return rrsets == null ? List.of() : rrsets;
    }
}
