package com.ophos.registrar.sandbox;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A domain in the registry's store; mutated only under the {@link RegistryState} lock. */
final class DomainObject {
    final String name;
    final String roid;
    final Set<String> statuses = new LinkedHashSet<>();
    String sponsor;
    final String creator;
    final Instant created;
    Instant expires;
    Instant updated;
    Instant transferred;
    String registrant;
    final Map<String, List<String>> contacts = new LinkedHashMap<>();
    final List<String> nameservers = new ArrayList<>();
    final List<DsData> dsData = new ArrayList<>();
    String authInfo;
    final Instant addGraceEnds;
    Instant renewGraceEnds;
    Instant deleted;
    boolean restoreRequested;
    PendingTransfer pendingTransfer;
    /** What the create cost, credited back when the name is deleted within the add grace period. */
    java.math.BigDecimal createFee = java.math.BigDecimal.ZERO;
    String lastTradeStatus;
    PendingTrade pendingTrade;
    /** When the last trade was requested, decided or cancelled: what a query reports. */
    java.time.Instant lastTradeAt;

    DomainObject(String name, String roid, String sponsor, Instant created, Instant expires, Duration addGrace) {
        this.name = name;
        this.roid = roid;
        this.sponsor = sponsor;
        this.creator = sponsor;
        this.created = created;
        this.expires = expires;
        this.addGraceEnds = created.plus(addGrace);
    }

    boolean inAddGrace(Instant now) {
        return deleted == null && now.isBefore(addGraceEnds);
    }

    boolean inRedemption(Instant now, Duration redemption) {
        return deleted != null && !restoreRequested && now.isBefore(deleted.plus(redemption));
    }

    boolean linksContact(String contactId) {
        return contactId.equals(registrant) || contacts.values().stream().anyMatch(ids -> ids.contains(contactId));
    }

    /** EPP statuses: stored ones plus those the lifecycle implies; "ok" when nothing else applies. */
    Set<String> eppStatuses() {
        Set<String> result = new LinkedHashSet<>(statuses);
        if (pendingTransfer != null) {
            result.add("pendingTransfer");
        }
        if (deleted != null) {
            result.add("pendingDelete");
        }
        if (result.isEmpty()) {
            result.add("ok");
        }
        return result;
    }

    Set<String> rgpStatuses(Instant now, SandboxSettings settings) {
        Set<String> result = new LinkedHashSet<>();
        if (deleted != null) {
            if (restoreRequested) {
                result.add("pendingRestore");
            } else if (now.isBefore(deleted.plus(settings.redemption()))) {
                result.add("redemptionPeriod");
            } else {
                result.add("pendingDelete");
            }
            return result;
        }
        if (now.isBefore(addGraceEnds)) {
            result.add("addPeriod");
        }
        if (renewGraceEnds != null && now.isBefore(renewGraceEnds)) {
            result.add("renewPeriod");
        }
        return result;
    }

    DomainSnapshot snapshot(Instant now, SandboxSettings settings) {
        Map<String, List<String>> contactCopy = new LinkedHashMap<>();
        contacts.forEach((type, ids) -> contactCopy.put(type, List.copyOf(ids)));
        return new DomainSnapshot(name, roid, Set.copyOf(eppStatuses()), Set.copyOf(rgpStatuses(now, settings)),
                sponsor, created, expires, Optional.ofNullable(updated), Optional.ofNullable(transferred),
                Optional.ofNullable(registrant), Map.copyOf(contactCopy), List.copyOf(nameservers),
                List.copyOf(dsData), authInfo, Optional.ofNullable(pendingTransfer));
    }
}
