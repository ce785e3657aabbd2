package com.ophos.registrar.common;

import java.util.List;

/**
 * A business rule of the terms of sale (R1…R24, see shared/docs/business-rules.md) or a registry
 * policy refused the request. Rendered as 422 problem+json with {@code rule} and {@code fields}.
 */
public class RuleViolationException extends RuntimeException {
    private final String rule;
    private final List<String> fields;

    public RuleViolationException(String rule, List<String> fields, String detail) {
        super(detail);
        this.rule = rule;
        this.fields = List.copyOf(fields);
    }

    public RuleViolationException(String rule, String field, String detail) {
        this(rule, field == null ? List.of() : List.of(field), detail);
    }

    /** Rule id such as {@code R1}, or {@code null} for a registry policy with no rule id. */
    public String rule() { return rule; }

    public List<String> fields() { return fields; }

    /** Last segment of the problem+json {@code type}; subclasses name their own kind of refusal. */
    public String problemType() { return "rule-violation"; }
}
