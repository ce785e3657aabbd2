package com.ophos.registrar.api.dispute;

import com.ophos.registrar.dispute.DisputeKind;
import com.ophos.registrar.dispute.NewDispute;
import java.time.Instant;
import java.util.List;

/** Body of {@code POST /api/v1/disputes}. */
public record OpenDisputeJson(String domain, DisputeKind kind, String claimant, String grounds, List<String> documents,
                              Instant deadline, String reason) {
    NewDispute toRequest() {
        return new NewDispute(domain, kind, claimant, grounds, documents, deadline, reason);
    }
}
