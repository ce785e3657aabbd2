package com.ophos.registrar.dns;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/**
 * The RRsets that carry a customer's web site: A and AAAA at the apex and at {@code www}. An RRset
 * that does not exist is kept as an empty one, so that putting the records back deletes what the
 * suspension added there.
 */
record WebRecords(List<RrSet> rrsets) {

    WebRecords {
        rrsets = List.copyOf(rrsets);
    }

    static List<String> owners(ZoneName zone) {
        return List.of(zone.value(), zone.child("www"));
    }

    static List<String> types() {
        return List.of("A", "AAAA");
    }

    /** Replacements that make the zone's web RRsets exactly these ones again. */
    List<RrSetReplacement> replacements() {
        List<RrSetReplacement> replacements = new ArrayList<>();
        for (RrSet rrset : rrsets) {
            replacements.add(rrset.replacement());
        }
        return replacements;
    }

    /** One RRset as saved: owner, type, TTL and the records' data in presentation form. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record RrSet(String owner, String type, long ttl, List<String> rdata) {

        RrSet {
            rdata = List.copyOf(rdata);
        }

        RrSetReplacement replacement() {
            Name name = Name.fromConstantString(owner);
            int typeCode = Type.value(type);
            List<Record> records = new ArrayList<>();
            for (String data : rdata) {
                try {
                    records.add(Record.fromString(name, typeCode, DClass.IN, ttl, data, Name.root));
                } catch (IOException corrupt) {
                    throw new IllegalStateException("saved record " + owner + " " + type + " " + data + " does not parse", corrupt);
                }
            }
            return new RrSetReplacement(name, typeCode, records);
        }
    }
}
