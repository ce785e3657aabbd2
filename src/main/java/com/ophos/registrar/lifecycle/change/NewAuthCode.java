package com.ophos.registrar.lifecycle.change;

import java.util.Optional;

/** A transfer secret set at the registry: {@code authCode} only once the registry applied it. */
public record NewAuthCode(ChangeResult result, Optional<String> authCode) {
    @Override
    public String toString() {
        return "NewAuthCode[" + result + "]";
    }
}
