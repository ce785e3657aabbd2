package com.ophos.registrar.sandbox;

import java.security.KeyStore;

/**
 * Where and how the gateway's EPP client reaches a sandbox: address, the registrar's client
 * certificate (PKCS#12) and a trust store holding the CA that signed the server certificate.
 */
public record SandboxEndpoint(String host, int port, KeyStore clientKeyStore, String clientKeyStorePassword,
                              KeyStore trustStore, String trustStorePassword) {

    @Override
    public String toString() {
        return "SandboxEndpoint[" + host + ":" + port + "]";
    }
}
