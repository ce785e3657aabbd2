package com.ophos.registrar.api.dispute;

/** Body of the R24 registry-account actions: the routed account id (e.g. {@code verisign.reseller}) and why. */
public record AccountChangeJson(String account, String reason) {
}
