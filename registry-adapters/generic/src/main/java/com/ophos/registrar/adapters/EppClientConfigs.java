package com.ophos.registrar.adapters;

import com.ophos.registrar.epp.EppClientConfig;
import com.ophos.registrar.epp.TlsMaterial;
import com.ophos.registrar.epp.model.EppNamespaces;
import com.ophos.registrar.registry.spi.RegistriesConfig;
import com.ophos.registrar.sandbox.SandboxEndpoint;
import java.util.List;
import java.util.Optional;

/**
 * The EPP client configuration of one registry, from {@code registrar.registries.<id>.*}. With
 * {@code sandbox=true} the address and key stores are the in-process sandbox's.
 */
public final class EppClientConfigs {
    /** Commands waiting for a session before the pool refuses more (the pool fails them UNAVAILABLE). */
    static final int MAX_QUEUED = 1000;

    private EppClientConfigs() {
    }

    /**
     * @param supportedExtensions the extensions the adapter flavour can speak, in preference order
     * @param sandbox             the sandbox endpoint, present exactly when the registry is a sandbox
     */
    public static EppClientConfig of(String registryId, RegistriesConfig.Registry registry, List<String> objectUris,
                                     List<String> supportedExtensions, Optional<SandboxEndpoint> sandbox) {
        RegistriesConfig.Sessions sessions = registry.sessions();
        String host = sandbox.map(SandboxEndpoint::host).orElse(registry.host());
        int port = sandbox.map(SandboxEndpoint::port).orElse(registry.port());
        return EppClientConfig.of(registryId, host, port, tls(registry.tls(), sandbox), registry.clientId(),
                        registry.password(), objectUris, wantedExtensions(supportedExtensions, registry.extensions()))
                .withSessions(sessions.max(), sessions.pipelining())
                .withTimeouts(sessions.connectTimeout(), sessions.commandTimeout(), sessions.keepalive())
                .withBackoff(sessions.reconnectBackoffMin(), sessions.reconnectBackoffMax())
                .withLimits(sessions.maxFrameBytes(), MAX_QUEUED);
    }

    /**
     * The supported extensions the configuration allows ({@code extensions} absent or empty = all of
     * them). Listing either fee namespace allows the fee extension; the greeting picks which one.
     */
    public static List<String> wantedExtensions(List<String> supported, Optional<List<String>> configured) {
        List<String> allowed = configured.orElse(List.of());
        if (allowed.isEmpty()) {
            return List.copyOf(supported);
        }
        boolean feeAllowed = allowed.stream().anyMatch(EppNamespaces::isFee);
        return supported.stream()
                .filter(uri -> allowed.contains(uri) || (EppNamespaces.isFee(uri) && feeAllowed))
                .toList();
    }

    private static TlsMaterial tls(RegistriesConfig.Tls tls, Optional<SandboxEndpoint> sandbox) {
        if (sandbox.isPresent()) {
            SandboxEndpoint endpoint = sandbox.get();
            return new TlsMaterial(
                    Optional.of(new TlsMaterial.InMemoryClientKey(endpoint.clientKeyStore(),
                            endpoint.clientKeyStorePassword())),
                    Optional.of(new TlsMaterial.InMemoryTrust(endpoint.trustStore())), tls.protocols());
        }
        return new TlsMaterial(
                tls.keyStore().map(path -> TlsMaterial.clientKeyFromConfig(path, tls.keyStorePassword())),
                tls.trustStore().map(path -> TlsMaterial.trustFromConfig(path, tls.trustStorePassword())),
                tls.protocols());
    }
}
