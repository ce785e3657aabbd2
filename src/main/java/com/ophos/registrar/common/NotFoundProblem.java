package com.ophos.registrar.common;

/** The named resource does not exist or is not visible to the caller (404 problem+json). */
public class NotFoundProblem extends RuntimeException {
    public NotFoundProblem(String detail) {
        super(detail);
    }
}
