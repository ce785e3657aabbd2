package com.ophos.registrar.dispute;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** The registry state forbids the transfer between accounts; nothing was sent (R24). */
public class AccountMoveBlockedException extends ConflictException {
    public AccountMoveBlockedException(String domain, String why) {
        super("R24", List.of("domain"), "domain " + domain + " cannot change account now: " + why);
    }
}
