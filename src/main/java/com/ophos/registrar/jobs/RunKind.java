package com.ophos.registrar.jobs;

import com.ophos.registrar.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The scheduled runs, by the name used in the API ({@code POST /api/v1/runs/{kind}}) and in configuration. */
public enum RunKind {
    RENEWAL,
    NOTICES,
    RELEASE,
    POLL,
    RECONCILIATION,
    /** Journal entries of unknown outcome found during normal running, reconciled before any resend. */
    SETTLE;

    public String path() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static RunKind fromPath(String path) {
        return Arrays.stream(values())
                .filter(kind -> kind.path().equals(path))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("kind", "one of "
                        + Arrays.stream(values()).map(RunKind::path).collect(Collectors.joining(", "))));
    }
}
