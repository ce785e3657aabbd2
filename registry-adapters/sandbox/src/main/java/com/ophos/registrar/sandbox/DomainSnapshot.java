package com.ophos.registrar.sandbox;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What the registry holds about a domain at one instant (for tests' assertions). */
public record DomainSnapshot(String name, String roid, Set<String> statuses, Set<String> rgpStatuses,
                             String sponsorClientId, Instant created, Instant expires, Optional<Instant> updated,
                             Optional<Instant> transferred, Optional<String> registrant,
                             Map<String, List<String>> contacts, List<String> nameservers, List<DsData> dsData,
                             String authInfo, Optional<PendingTransfer> pendingTransfer) {

    @Override
    public String toString() {
        return "DomainSnapshot[name=" + name + ", statuses=" + statuses + ", rgp=" + rgpStatuses + ", sponsor="
                + sponsorClientId + ", expires=" + expires + ", registrant=" + registrant + ", contacts=" + contacts
                + ", ns=" + nameservers + ", ds=" + dsData + ", pendingTransfer=" + pendingTransfer + "]";
    }
}
