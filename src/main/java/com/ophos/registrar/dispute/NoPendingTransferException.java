package com.ophos.registrar.dispute;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** Approving a transfer needs one the claimant's registrar requested; otherwise release an auth code. */
public class NoPendingTransferException extends ConflictException {
    public NoPendingTransferException(String domain, String transferStatus) {
        super("R3", List.of("mode"), "no transfer of " + domain + " is pending (" + transferStatus
                + "): hand over with mode AUTH_CODE instead");
    }
}
