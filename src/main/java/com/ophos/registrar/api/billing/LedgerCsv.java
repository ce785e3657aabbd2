package com.ophos.registrar.api.billing;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/** Writes ledger entries as RFC 4180 CSV: CRLF line ends, fields quoted when they hold a comma, quote or line break. */
final class LedgerCsv {

    static final String HEADER = "id,createdAt,customerId,domain,kind,amount,currency,vatRate,vatAmount,"
            + "registryId,operationId,contractId,clTRID,svTRID,reference";

    private LedgerCsv() {
    }

    static String write(List<LedgerEntryView> entries) {
        StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
        for (LedgerEntryView e : entries) {
            List<Object> fields = Arrays.asList(e.id(), e.createdAt(), e.customerId(), e.domain(), e.kind(),
                    e.amount(), e.currency(), e.vatRate(), e.vatAmount(), e.registryId(), e.operationId(),
                    e.contractId(), e.clTRID(), e.svTRID(), e.reference());
            for (int i = 0; i < fields.size(); i++) {
                if (i > 0) {
                    csv.append(',');
                }
                csv.append(field(fields.get(i)));
            }
            csv.append("\r\n");
        }
        return csv.toString();
    }

    static String field(Object value) {
        String text = Objects.toString(value, "");
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\r') < 0 && text.indexOf('\n') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
