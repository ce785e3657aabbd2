package com.ophos.registrar.common;

import java.util.List;

/** Malformed input: rendered as 400 problem+json naming the offending field(s). */
public class InvalidInputException extends RuntimeException {
    private final List<String> fields;

    public InvalidInputException(List<String> fields, String detail) {
        super(detail);
        this.fields = List.copyOf(fields);
    }

    public InvalidInputException(String field, String detail) {
        this(List.of(field), detail);
    }

    public List<String> fields() { return fields; }

    /** Last segment of the problem+json {@code type}. */
    public String problemType() { return "invalid-input"; }
}
