package com.ophos.registrar.api.scope;

/** R23: a frontend request reached for data of a customer other than the one it acts for. */
public class OtherCustomerException extends RuntimeException {
    public OtherCustomerException(String detail) {
        super(detail);
    }
}
