package com.ophos.registrar.sandbox;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** host:addr elements: {@code ip="v4"} (default) or {@code ip="v6"}. */
final class HostAddresses {
    private static final Pattern V4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern V6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");

    private HostAddresses() {
    }

    static List<HostObject.HostAddress> parse(List<XmlElement> elements) throws EppException {
        List<HostObject.HostAddress> addresses = new ArrayList<>();
        for (XmlElement element : elements) {
            String family = element.attribute("ip").orElse("v4");
            String address = element.text();
            boolean valid = family.equals("v4") ? V4.matcher(address).matches() && octetsFit(address)
                    : family.equals("v6") && V6.matcher(address).matches() && address.contains(":");
            if (!valid) {
                throw new EppException.ParameterValueSyntax("host:addr " + address + " is not an IP" + family);
            }
            addresses.add(new HostObject.HostAddress(family, address));
        }
        return addresses;
    }

    private static boolean octetsFit(String address) {
        for (String octet : address.split("\\.")) {
            if (Integer.parseInt(octet) > 255) {
                return false;
            }
        }
        return true;
    }
}
