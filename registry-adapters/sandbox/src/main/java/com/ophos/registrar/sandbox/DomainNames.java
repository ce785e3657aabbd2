package com.ophos.registrar.sandbox;

import java.util.Locale;
import java.util.regex.Pattern;

/** Domain and host name rules: LDH labels (IDNs arrive as A-labels) under a TLD this registry serves. */
final class DomainNames {
    private static final Pattern LABEL = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?");

    private DomainNames() {
    }

    static String normalise(String name) {
        return name.trim().toLowerCase(Locale.ROOT);
    }

    static String tld(String name) {
        return name.substring(name.lastIndexOf('.') + 1);
    }

    static boolean isHostName(String name) {
        String[] labels = normalise(name).split("\\.", -1);
        if (labels.length < 2 || name.length() > 253) {
            return false;
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }

    /** A registrable name here: exactly one label under a served TLD. */
    static String registrable(String raw, SandboxSettings settings) throws EppException {
        String name = normalise(raw);
        if (!isHostName(name) || name.chars().filter(c -> c == '.').count() != 1) {
            throw new EppException.ParameterValueSyntax("domain name " + raw + " is not a registrable LDH name");
        }
        if (!settings.tlds().contains(tld(name))) {
            throw new EppException.ParameterValuePolicy("TLD ." + tld(name) + " is not served by this registry");
        }
        return name;
    }

    /** The registrable domain a host name sits under, if that domain is in a TLD served here. */
    static java.util.Optional<String> superordinate(String hostName, SandboxSettings settings) {
        String[] labels = hostName.split("\\.");
        if (labels.length < 3 || !settings.tlds().contains(labels[labels.length - 1])) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(labels[labels.length - 2] + "." + labels[labels.length - 1]);
    }
}
