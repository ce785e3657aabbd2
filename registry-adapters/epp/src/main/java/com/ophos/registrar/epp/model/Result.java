package com.ophos.registrar.epp.model;

import java.util.List;
import java.util.Optional;

/** One {@code <result>}: code, message and the server's reasons ({@code extValue}). */
public record Result(int code, String message, Optional<String> language, List<ExtValue> extValues) {
    public Result {
        language = language == null ? Optional.empty() : language;
        extValues = List.copyOf(extValues);
    }

    /** {@code value} is the text content of the offending element the server echoed. */
    public record ExtValue(String value, String reason) {
    }

    public boolean isSuccess() {
        return code >= 1000 && code < 2000;
    }
}
