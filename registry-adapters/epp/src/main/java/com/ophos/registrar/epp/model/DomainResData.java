package com.ophos.registrar.epp.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Domain resData of RFC 5731. */
public sealed interface DomainResData extends ResponseData {

    record CheckData(List<CheckItem> items) implements DomainResData {
        public CheckData {
            items = List.copyOf(items);
        }
    }

    record InfoData(String name, String roid, List<ObjectStatus> statuses, Optional<String> registrant,
                    List<DomainCommand.ContactRef> contacts, DomainCommand.NameServers nameServers,
                    List<String> subordinateHosts, String sponsor, Optional<String> createdBy,
                    Optional<Instant> createdAt, Optional<String> updatedBy, Optional<Instant> updatedAt,
                    Optional<Instant> expiresAt, Optional<Instant> transferredAt, Optional<String> authInfo)
            implements DomainResData {
        public InfoData {
            statuses = List.copyOf(statuses);
            registrant = registrant == null ? Optional.empty() : registrant;
            contacts = List.copyOf(contacts);
            subordinateHosts = List.copyOf(subordinateHosts);
            createdBy = createdBy == null ? Optional.empty() : createdBy;
            createdAt = createdAt == null ? Optional.empty() : createdAt;
            updatedBy = updatedBy == null ? Optional.empty() : updatedBy;
            updatedAt = updatedAt == null ? Optional.empty() : updatedAt;
            expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
            transferredAt = transferredAt == null ? Optional.empty() : transferredAt;
            authInfo = authInfo == null ? Optional.empty() : authInfo;
        }

        public boolean hasStatus(String value) {
            return statuses.stream().anyMatch(s -> s.value().equals(value));
        }

        @Override
        public String toString() {
            return "InfoData[name=" + name + ", roid=" + roid + ", statuses=" + statuses + ", sponsor=" + sponsor
                    + ", expiresAt=" + expiresAt + "]";
        }
    }

    record CreateData(String name, Instant createdAt, Optional<Instant> expiresAt) implements DomainResData {
        public CreateData {
            expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
        }
    }

    record RenewData(String name, Optional<Instant> expiresAt) implements DomainResData {
        public RenewData {
            expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
        }
    }

    /** {@code status}: clientApproved, clientCancelled, clientRejected, pending, serverApproved, serverCancelled. */
    record TransferData(String name, String status, String requestedBy, Instant requestedAt, String actionBy,
                        Instant actionAt, Optional<Instant> expiresAt) implements DomainResData {
        public TransferData {
            expiresAt = expiresAt == null ? Optional.empty() : expiresAt;
        }
    }

    /** A pending action settled (poll message): whether it succeeded and the original transaction ids. */
    record PendingActionData(String name, boolean succeeded, Optional<String> clTRID, String svTRID,
                             Instant settledAt) implements DomainResData {
        public PendingActionData {
            clTRID = clTRID == null ? Optional.empty() : clTRID;
        }
    }
}
