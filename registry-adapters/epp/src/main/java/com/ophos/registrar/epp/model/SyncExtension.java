package com.ophos.registrar.epp.model;

import java.time.MonthDay;

/** Verisign ConsoliDate: align the expiry on a month and day (with an empty domain:update). */
public record SyncExtension(MonthDay expiryMonthDay) implements CommandExtension {
    @Override
    public String namespace() {
        return EppNamespaces.SYNC;
    }
}
