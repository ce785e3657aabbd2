package com.ophos.registrar.lifecycle.name;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.text.IDNA;
import com.ibm.icu.text.SpoofChecker;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * A registrable domain name, normalised by UTS #46 (IDNA 2008, nontransitional) to its lowercase
 * A-label form, with its U-label form for display. Construction refuses anything a registry would,
 * so an invalid name never reaches one.
 */
public record DomainName(String aLabel, String uLabel) {

    static final int MAX_NAME_LENGTH = 253;
    static final int MAX_LABEL_LENGTH = 63;

    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII
            | IDNA.NONTRANSITIONAL_TO_UNICODE | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO
            | IDNA.USE_STD3_RULES);

    public static DomainName parse(String input) {
        if (input == null || input.isBlank()) {
            throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.EMPTY);
        }
        String name = input.endsWith(".") ? input.substring(0, input.length() - 1) : input;
        StringBuilder ascii = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToASCII(name, ascii, info);
        if (info.hasErrors()) {
            throw new InvalidDomainNameException(input, reasonFor(info.getErrors()));
        }
        String aLabel = ascii.toString().toLowerCase(Locale.ROOT);
        checkLdh(input, aLabel);
        StringBuilder unicode = new StringBuilder();
        IDNA.Info back = new IDNA.Info();
        UTS46.nameToUnicode(aLabel, unicode, back);
        if (back.hasErrors()) {
            throw new InvalidDomainNameException(input, reasonFor(back.getErrors()));
        }
        String uLabel = unicode.toString();
        if (!Idna2008.allowsAll(uLabel)) {
            throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.DISALLOWED_CHARACTER);
        }
        for (String label : uLabel.split("\\.")) {
            if (MixedScript.isMixed(label)) {
                throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.MIXED_SCRIPT);
            }
        }
        return new DomainName(aLabel, uLabel);
    }

    /** ICU reports several errors at once; the first in this order names the refusal. */
    private static InvalidDomainNameException.Reason reasonFor(Set<IDNA.Error> errors) {
        EnumSet<IDNA.Error> e = EnumSet.copyOf(errors);
        if (e.contains(IDNA.Error.DOMAIN_NAME_TOO_LONG)) return InvalidDomainNameException.Reason.NAME_TOO_LONG;
        if (e.contains(IDNA.Error.EMPTY_LABEL)) return InvalidDomainNameException.Reason.EMPTY_LABEL;
        if (e.contains(IDNA.Error.LABEL_TOO_LONG)) return InvalidDomainNameException.Reason.LABEL_TOO_LONG;
        if (e.contains(IDNA.Error.LEADING_HYPHEN)) return InvalidDomainNameException.Reason.LEADING_HYPHEN;
        if (e.contains(IDNA.Error.TRAILING_HYPHEN)) return InvalidDomainNameException.Reason.TRAILING_HYPHEN;
        if (e.contains(IDNA.Error.HYPHEN_3_4)) return InvalidDomainNameException.Reason.HYPHENS_AT_3_4;
        if (e.contains(IDNA.Error.PUNYCODE) || e.contains(IDNA.Error.INVALID_ACE_LABEL)) {
            return InvalidDomainNameException.Reason.INVALID_A_LABEL;
        }
        if (e.contains(IDNA.Error.BIDI)) return InvalidDomainNameException.Reason.BIDI_RULE;
        if (e.contains(IDNA.Error.CONTEXTJ) || e.contains(IDNA.Error.CONTEXTO_DIGITS)
                || e.contains(IDNA.Error.CONTEXTO_PUNCTUATION)) {
            return InvalidDomainNameException.Reason.CONTEXT_RULE;
        }
        if (e.contains(IDNA.Error.LEADING_COMBINING_MARK)) return InvalidDomainNameException.Reason.LEADING_COMBINING_MARK;
        return InvalidDomainNameException.Reason.DISALLOWED_CHARACTER;
    }

    /** Rules ICU leaves to the caller for an already-ASCII result: lengths and label count. */
    private static void checkLdh(String input, String aLabel) {
        if (aLabel.length() > MAX_NAME_LENGTH) {
            throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.NAME_TOO_LONG);
        }
        String[] labels = aLabel.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.SINGLE_LABEL);
        }
        for (String label : labels) {
            if (label.isEmpty()) {
                throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.EMPTY_LABEL);
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.LABEL_TOO_LONG);
            }
            if (!label.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.DISALLOWED_CHARACTER);
            }
            if (label.startsWith("-")) {
                throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.LEADING_HYPHEN);
            }
            if (label.endsWith("-")) {
                throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.TRAILING_HYPHEN);
            }
            if (label.length() >= 4 && label.startsWith("--", 2) && !label.startsWith("xn--")) {
                throw new InvalidDomainNameException(input, InvalidDomainNameException.Reason.HYPHENS_AT_3_4);
            }
        }
    }

    public String tld() {
        return aLabel.substring(aLabel.lastIndexOf('.') + 1);
    }

    public boolean isIdn() {
        return !aLabel.equals(uLabel);
    }

    @Override
    public String toString() {
        return aLabel;
    }

    /**
     * UTS #46 still maps symbols such as emoji to "valid" (its NV8 code points); IDNA 2008 (RFC 5892 2.1)
     * admits only letters, marks and digits, plus the exceptions of RFC 5892 2.6 and the contextual
     * characters ICU already checks. Registries refuse the rest, so we refuse it before sending.
     */
    static final class Idna2008 {
        private static final Set<Integer> ALLOWED_OTHERWISE = Set.of(0x00DF, 0x03C2, 0x06FD, 0x06FE, 0x0F0B, 0x3007,
                0x00B7, 0x0375, 0x05F3, 0x05F4, 0x30FB, 0x200C, 0x200D);
        private static final Set<Integer> DISALLOWED_EXCEPTIONS = Set.of(0x0640, 0x07FA, 0x302E, 0x302F, 0x3031,
                0x3032, 0x3033, 0x3034, 0x3035, 0x303B);

        static boolean allowsAll(String uLabel) {
            return uLabel.codePoints().allMatch(Idna2008::allowed);
        }

        private static boolean allowed(int codePoint) {
            if (codePoint < 0x80) {
                return true; // LDH and the dots, already checked on the A-label
            }
            if (DISALLOWED_EXCEPTIONS.contains(codePoint)) {
                return false;
            }
            if (ALLOWED_OTHERWISE.contains(codePoint)) {
                return true;
            }
            // ICU's categories, not the JDK's: same Unicode version as the IDNA mapping above.
            int category = UCharacter.getType(codePoint);
            return category == UCharacterCategory.LOWERCASE_LETTER || category == UCharacterCategory.OTHER_LETTER
                    || category == UCharacterCategory.MODIFIER_LETTER
                    || category == UCharacterCategory.NON_SPACING_MARK
                    || category == UCharacterCategory.COMBINING_SPACING_MARK
                    || category == UCharacterCategory.DECIMAL_DIGIT_NUMBER;
        }
    }

    /** One label mixing scripts (e.g. Latin and Cyrillic look-alikes) is a spoofing risk: refused. */
    static final class MixedScript {
        private static final SpoofChecker CHECKER = new SpoofChecker.Builder()
                .setChecks(SpoofChecker.RESTRICTION_LEVEL)
                .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
                .build();

        private MixedScript() {
        }

        static boolean isMixed(String label) {
            return CHECKER.failsChecks(label);
        }
    }
}
