package com.ophos.registrar.epp.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Contact resData of RFC 5733. */
public sealed interface ContactResData extends ResponseData {

    record CheckData(List<CheckItem> items) implements ContactResData {
        public CheckData {
            items = List.copyOf(items);
        }
    }

    record InfoData(String id, String roid, List<ObjectStatus> statuses, List<ContactCommand.PostalInfo> postalInfos,
                    Optional<String> voice, Optional<String> fax, String email, String sponsor,
                    Optional<String> createdBy, Optional<Instant> createdAt, Optional<String> updatedBy,
                    Optional<Instant> updatedAt, Optional<Instant> transferredAt, Optional<String> authInfo)
            implements ContactResData {
        public InfoData {
            statuses = List.copyOf(statuses);
            postalInfos = List.copyOf(postalInfos);
            voice = voice == null ? Optional.empty() : voice;
            fax = fax == null ? Optional.empty() : fax;
            createdBy = createdBy == null ? Optional.empty() : createdBy;
            createdAt = createdAt == null ? Optional.empty() : createdAt;
            updatedBy = updatedBy == null ? Optional.empty() : updatedBy;
            updatedAt = updatedAt == null ? Optional.empty() : updatedAt;
            transferredAt = transferredAt == null ? Optional.empty() : transferredAt;
            authInfo = authInfo == null ? Optional.empty() : authInfo;
        }

        @Override
        public String toString() {
            return "InfoData[id=" + id + ", roid=" + roid + ", sponsor=" + sponsor + "]";
        }
    }

    record CreateData(String id, Instant createdAt) implements ContactResData {
    }
}
