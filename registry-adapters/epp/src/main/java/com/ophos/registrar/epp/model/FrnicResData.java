package com.ophos.registrar.epp.model;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** AFNIC frnic-2.0 response data under {@code <frnic:ext><frnic:resData>}. */
public sealed interface FrnicResData extends ResponseExtension {

    /** Check flags: a name may be reserved or forbidden, with AFNIC's reason. */
    record CheckItem(String name, boolean reserved, boolean forbidden, Optional<String> reason) {
        public CheckItem {
            reason = reason == null ? Optional.empty() : reason;
        }
    }

    record CheckData(List<CheckItem> items) implements FrnicResData {
        public CheckData {
            items = List.copyOf(items);
        }
    }

    /** Legal-entity identifiers of a contact (frnic:infData with contact:info). */
    record ContactInfo(Optional<FrnicExtension.LegalEntityInfos> legalEntity, boolean individual)
            implements FrnicResData {
        public ContactInfo {
            legalEntity = legalEntity == null ? Optional.empty() : legalEntity;
        }
    }

    /** State of a trade or recover operation (frnic:trdData / frnic:recData). */
    record OperationData(String operation, String domain, String status, Optional<String> requestedBy,
                         Optional<Instant> requestedAt, Optional<Instant> dueAt, Optional<String> newHolder)
            implements FrnicResData {
        public OperationData {
            requestedBy = requestedBy == null ? Optional.empty() : requestedBy;
            requestedAt = requestedAt == null ? Optional.empty() : requestedAt;
            dueAt = dueAt == null ? Optional.empty() : dueAt;
            newHolder = newHolder == null ? Optional.empty() : newHolder;
        }
    }
}
