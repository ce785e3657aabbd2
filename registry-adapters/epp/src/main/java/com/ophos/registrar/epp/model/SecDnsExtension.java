package com.ophos.registrar.epp.model;

import com.ophos.registrar.registry.spi.DsData;
import java.util.List;

/** DNSSEC delegation signer data (RFC 5910, secDNS-1.1, dsData interface). */
public sealed interface SecDnsExtension extends CommandExtension {

    @Override
    default String namespace() {
        return EppNamespaces.SEC_DNS;
    }

    /** With domain:create. */
    record Create(List<DsData> dsData) implements SecDnsExtension {
        public Create {
            dsData = List.copyOf(dsData);
            if (dsData.isEmpty()) {
                throw new IllegalArgumentException("secDNS:create needs at least one dsData");
            }
        }
    }

    /** With domain:update; {@code removeAll} sends {@code <secDNS:rem><secDNS:all>true}. */
    record Update(List<DsData> add, List<DsData> remove, boolean removeAll) implements SecDnsExtension {
        public Update {
            add = List.copyOf(add);
            remove = List.copyOf(remove);
            if (removeAll && !remove.isEmpty()) {
                throw new IllegalArgumentException("remove all or a list, not both");
            }
            if (add.isEmpty() && remove.isEmpty() && !removeAll) {
                throw new IllegalArgumentException("secDNS:update without change");
            }
        }
    }
}
