package com.ophos.registrar.lifecycle.change;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An IPv4 or IPv6 address literal, checked without any name lookup: {@link InetAddress#getByName}
 * is only called on strings that are IPv6 literals by their characters (it never resolves those).
 */
final class IpLiteral {
    private static final Pattern IPV4 = Pattern.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)"
            + "(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");
    private static final Pattern IPV6_CHARACTERS = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private IpLiteral() {
    }

    static boolean isValid(String value) {
        if (value == null) {
            return false;
        }
        if (IPV4.matcher(value).matches()) {
            return true;
        }
        if (!value.contains(":") || !IPV6_CHARACTERS.matcher(value).matches()) {
            return false;
        }
        try {
            InetAddress.getByName(value);
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** One spelling per address, so that a duplicate written differently is still seen (IPv6 case). */
    static String canonical(String value) {
        return value.toLowerCase(Locale.ROOT);
    }
}
