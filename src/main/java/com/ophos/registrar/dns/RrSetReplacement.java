package com.ophos.registrar.dns;

import java.util.List;
import org.xbill.DNS.Name;
import org.xbill.DNS.Record;
import org.xbill.DNS.Type;

/** The whole RRset {@code owner}/{@code type} becomes {@code records}; no records means the RRset is deleted. */
public record RrSetReplacement(Name owner, int type, List<Record> records) {

    public RrSetReplacement {
        records = List.copyOf(records);
        for (Record record : records) {
            if (!record.getName().equals(owner) || record.getType() != type) {
                throw new IllegalArgumentException(record + " is not in RRset " + owner + " " + Type.string(type));
            }
        }
    }

    public static RrSetReplacement deletion(Name owner, int type) {
        return new RrSetReplacement(owner, type, List.of());
    }
}
