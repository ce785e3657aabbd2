package com.ophos.registrar.common;

import java.util.List;

/** The request conflicts with the current state (409), e.g. an idempotency key reused with another body. */
public class ConflictException extends RuntimeException {
    private final String rule;
    private final List<String> fields;

    public ConflictException(String rule, List<String> fields, String detail) {
        super(detail);
        this.rule = rule;
        this.fields = List.copyOf(fields);
    }

    public ConflictException(String detail) {
        this(null, List.of(), detail);
    }

    public String rule() { return rule; }

    public List<String> fields() { return fields; }
}
