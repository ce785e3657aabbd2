package com.ophos.registrar.lifecycle.change;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** Approve or reject needs a transfer another registrar requested and the registry still holds open. */
public class NoPendingTransferAwayException extends ConflictException {
    public NoPendingTransferAwayException(String aLabel, String state) {
        super(null, List.of("name"), "no transfer of " + aLabel + " to another registrar is pending (" + state + ")");
    }
}
