package com.ophos.registrar.dns;

import com.ibm.icu.text.IDNA;
import com.ophos.registrar.common.InvalidInputException;
import java.util.Locale;
import org.xbill.DNS.Name;
import org.xbill.DNS.TextParseException;

/**
 * The name of a customer zone: the domain in ASCII (IDNA 2008 / UTS 46, lower case), absolute, as
 * PowerDNS names zones ({@code example.com.}). The zone's TSIG key carries the same name.
 */
public record ZoneName(String value) {
    private static final IDNA IDNA_2008 = IDNA.getUTS46Instance(
            IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.USE_STD3_RULES);

    public ZoneName {
        if (value == null || !value.endsWith(".") || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("not a canonical zone name: " + value);
        }
    }

    /** Parses a registrable domain as a customer sends it ({@code Exemple.fr}, {@code café.fr}). */
    public static ZoneName ofDomain(String domain) {
        if (domain == null || domain.isBlank()) {
            throw new InvalidInputException("domain", "domain is required");
        }
        String relative = domain.strip();
        if (relative.endsWith(".")) {
            relative = relative.substring(0, relative.length() - 1);
        }
        IDNA.Info info = new IDNA.Info();
        StringBuilder ascii = IDNA_2008.nameToASCII(relative, new StringBuilder(), info);
        if (info.hasErrors() || ascii.indexOf(".") < 0) {
            throw new InvalidInputException("domain", "not a registrable domain name: " + domain);
        }
        String absolute = ascii.toString().toLowerCase(Locale.ROOT) + ".";
        try {
            Name.fromString(absolute);
        } catch (TextParseException tooLong) {
            throw new InvalidInputException("domain", "not a valid DNS name: " + domain);
        }
        return new ZoneName(absolute);
    }

    /** The domain as registries write it, without the trailing dot. */
    public String domain() {
        return value.substring(0, value.length() - 1);
    }

    public Name name() {
        return Name.fromConstantString(value);
    }

    /** An owner name inside the zone, e.g. {@code www}. */
    public String child(String label) {
        return label + "." + value;
    }

    @Override
    public String toString() {
        return value;
    }
}
