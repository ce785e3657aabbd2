package com.ophos.registrar.sandbox;

import java.util.Map;

/** RFC 5730 section 3 result texts. */
final class ResultMessages {
    private static final Map<Integer, String> TEXTS = Map.ofEntries(
            Map.entry(1000, "Command completed successfully"),
            Map.entry(1001, "Command completed successfully; action pending"),
            Map.entry(1300, "Command completed successfully; no messages"),
            Map.entry(1301, "Command completed successfully; ack to dequeue"),
            Map.entry(1500, "Command completed successfully; ending session"),
            Map.entry(2000, "Unknown command"),
            Map.entry(2001, "Command syntax error"),
            Map.entry(2002, "Command use error"),
            Map.entry(2003, "Required parameter missing"),
            Map.entry(2004, "Parameter value range error"),
            Map.entry(2005, "Parameter value syntax error"),
            Map.entry(2100, "Unimplemented protocol version"),
            Map.entry(2101, "Unimplemented command"),
            Map.entry(2102, "Unimplemented option"),
            Map.entry(2103, "Unimplemented extension"),
            Map.entry(2104, "Billing failure"),
            Map.entry(2105, "Object is not eligible for renewal"),
            Map.entry(2106, "Object is not eligible for transfer"),
            Map.entry(2200, "Authentication error"),
            Map.entry(2201, "Authorization error"),
            Map.entry(2202, "Invalid authorization information"),
            Map.entry(2300, "Object pending transfer"),
            Map.entry(2301, "Object not pending transfer"),
            Map.entry(2302, "Object exists"),
            Map.entry(2303, "Object does not exist"),
            Map.entry(2304, "Object status prohibits operation"),
            Map.entry(2305, "Object association prohibits operation"),
            Map.entry(2306, "Parameter value policy error"),
            Map.entry(2307, "Unimplemented object service"),
            Map.entry(2308, "Data management policy violation"),
            Map.entry(2400, "Command failed"),
            Map.entry(2500, "Command failed; server closing connection"),
            Map.entry(2501, "Authentication error; server closing connection"),
            Map.entry(2502, "Session limit exceeded; server closing connection"));

    private ResultMessages() {
    }

    static String standard(int code) {
        return TEXTS.getOrDefault(code, "Command failed");
    }
}
