package com.ophos.registrar.api.billing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** RFC 4180: CRLF records, fields with comma, quote or line break quoted, quotes doubled. */
class LedgerCsvTest {

    @Test
    void plainFieldsAreLeftAlone() {
        assertThat(LedgerCsv.field("8.99")).isEqualTo("8.99");
        assertThat(LedgerCsv.field(null)).isEmpty();
    }

    @Test
    void specialFieldsAreQuoted() {
        assertThat(LedgerCsv.field("a,b")).isEqualTo("\"a,b\"");
        assertThat(LedgerCsv.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(LedgerCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(LedgerCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    }

    @Test
    void recordsEndWithCrlf() {
        LedgerEntryView entry = new LedgerEntryView(1, 2, "exemple.fr", "REGISTRY_HOLDER_CHANGE", "5.07", "EUR", "0.2",
                "1.01", "afnic", 3L, null, "cl-1", "sv,1", null, Instant.parse("2026-11-02T10:00:00Z"));
        assertThat(LedgerCsv.write(List.of(entry))).isEqualTo(LedgerCsv.HEADER + "\r\n"
                + "1,2026-11-02T10:00:00Z,2,exemple.fr,REGISTRY_HOLDER_CHANGE,5.07,EUR,0.2,1.01,afnic,3,,cl-1,\"sv,1\",\r\n");
    }
}
