package com.ophos.registrar.billing.contract;

import com.ophos.registrar.common.InvalidInputException;

/** The offer is not in the catalogue. */
public class UnknownOfferException extends InvalidInputException {
    public UnknownOfferException(String offer) {
        super("offer", "no offer named " + offer + " in the catalogue");
    }
}
