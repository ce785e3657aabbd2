package com.ophos.registrar.epp;

import com.ophos.registrar.registry.spi.Outcome;
import java.time.Duration;

/** No response within the command timeout. The session is dropped: a late answer cannot be matched safely. */
public class EppTimeoutException extends EppException {

    public EppTimeoutException(String command, Duration timeout, boolean transform) {
        super(command + " got no response within " + timeout.toMillis() + " ms",
                transform ? Outcome.UNKNOWN : Outcome.UNAVAILABLE, null);
    }
}
