package com.ophos.registrar.dispute;

import java.time.Instant;
import java.util.List;

/** A case as support opens it; {@code documents} are references (file numbers, URLs), not contents. */
public record NewDispute(String domain, DisputeKind kind, String claimant, String grounds, List<String> documents,
                         Instant deadline, String reason) {
    public NewDispute {
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
