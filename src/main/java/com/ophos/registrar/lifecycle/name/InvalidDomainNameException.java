package com.ophos.registrar.lifecycle.name;

import com.ophos.registrar.common.InvalidInputException;
import java.util.Locale;

/** A name no registry would accept; {@link #reason()} names the broken rule. */
public class InvalidDomainNameException extends InvalidInputException {

    public enum Reason {
        EMPTY("the name is empty"),
        NAME_TOO_LONG("the name is longer than 253 characters in A-label form"),
        SINGLE_LABEL("a registrable name has at least two labels"),
        EMPTY_LABEL("the name has an empty label"),
        LABEL_TOO_LONG("a label is longer than 63 characters in A-label form"),
        LEADING_HYPHEN("a label starts with a hyphen"),
        TRAILING_HYPHEN("a label ends with a hyphen"),
        HYPHENS_AT_3_4("a label has hyphens at positions 3 and 4 without being a valid xn-- label"),
        INVALID_A_LABEL("an xn-- label is not valid Punycode for an IDNA 2008 U-label"),
        DISALLOWED_CHARACTER("a character is not allowed in domain names (IDNA 2008 / LDH)"),
        BIDI_RULE("the name breaks the IDNA bidirectional rule"),
        CONTEXT_RULE("a joiner or contextual character is used outside its allowed context"),
        LEADING_COMBINING_MARK("a label starts with a combining mark"),
        MIXED_SCRIPT("a label mixes scripts");

        private final String explanation;

        Reason(String explanation) {
            this.explanation = explanation;
        }

        /** Stable code for API clients, e.g. {@code mixed-script}. */
        public String code() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public String explanation() {
            return explanation;
        }
    }

    private final Reason reason;

    public InvalidDomainNameException(String input, Reason reason) {
        super("name", "invalid domain name: " + reason.explanation());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public String problemType() {
        return "invalid-domain-name";
    }
}
