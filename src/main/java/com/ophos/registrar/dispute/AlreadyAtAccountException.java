package com.ophos.registrar.dispute;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** Nothing to move: the name is already held under the account asked for (R24). */
public class AlreadyAtAccountException extends ConflictException {
    public AlreadyAtAccountException(String domain, String account) {
        super("R24", List.of("account"), "domain " + domain + " is already held under account " + account);
    }
}
