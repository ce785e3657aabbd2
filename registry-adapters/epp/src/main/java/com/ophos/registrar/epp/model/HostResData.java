package com.ophos.registrar.epp.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Host resData of RFC 5732. */
public sealed interface HostResData extends ResponseData {

    record CheckData(List<CheckItem> items) implements HostResData {
        public CheckData {
            items = List.copyOf(items);
        }
    }

    record InfoData(String name, String roid, List<ObjectStatus> statuses, List<HostAddress> addresses,
                    String sponsor, Optional<String> createdBy, Optional<Instant> createdAt,
                    Optional<String> updatedBy, Optional<Instant> updatedAt, Optional<Instant> transferredAt)
            implements HostResData {
        public InfoData {
            statuses = List.copyOf(statuses);
            addresses = List.copyOf(addresses);
            createdBy = createdBy == null ? Optional.empty() : createdBy;
            createdAt = createdAt == null ? Optional.empty() : createdAt;
            updatedBy = updatedBy == null ? Optional.empty() : updatedBy;
            updatedAt = updatedAt == null ? Optional.empty() : updatedAt;
            transferredAt = transferredAt == null ? Optional.empty() : transferredAt;
        }
    }
}
