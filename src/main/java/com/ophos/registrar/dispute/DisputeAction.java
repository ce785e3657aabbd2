package com.ophos.registrar.dispute;

import com.ophos.registrar.common.InvalidInputException;
import java.util.Arrays;
import java.util.Locale;

/** What support can do to a case; {@link #wireName()} is how the API and the console name it. */
public enum DisputeAction {
    OPEN, FREEZE, STOP_WEB, RESTORE_WEB, HAND_OVER, REJECT, CLOSE;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static DisputeAction fromWire(String value) {
        return Arrays.stream(values())
                .filter(action -> action != OPEN && action.wireName().equals(value))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("action",
                        "unknown action '" + value + "'; one of freeze, stop-web, restore-web, hand-over, reject, close"));
    }
}
