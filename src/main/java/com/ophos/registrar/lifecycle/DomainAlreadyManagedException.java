package com.ophos.registrar.lifecycle;

import com.ophos.registrar.common.ConflictException;
import java.util.List;

/** The gateway already holds this name (registered, or a create for it is under way). */
public class DomainAlreadyManagedException extends ConflictException {
    public DomainAlreadyManagedException(String aLabel) {
        super(null, List.of("name"), aLabel + " is already registered or being registered through the gateway");
    }
}
