package com.ophos.registrar.lifecycle.change;

import com.ophos.registrar.registry.spi.DsData;
import java.util.List;
import java.util.Locale;

/** DS records compared as DNS compares them: the digest's hex case carries no meaning. */
final class DsRecords {
    private DsRecords() {
    }

    static List<DsData> normal(List<DsData> records) {
        return records.stream().map(ds -> new DsData(ds.keyTag(), ds.algorithm(), ds.digestType(),
                ds.digest() == null ? null : ds.digest().toLowerCase(Locale.ROOT))).toList();
    }
}
