package com.ophos.registrar.dispute;

/** Where web access is stopped: at the registry (the name stops resolving) and/or on the company's DNS. */
public enum WebStopChannel {
    REGISTRY_HOLD, DNS
}
