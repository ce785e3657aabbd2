package com.ophos.registrar.epp;

import com.ophos.registrar.registry.spi.RegistriesConfig;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one registry connection needs. {@code objectUris}/{@code extensionUris} are what the
 * adapter wants; the session logs in with their intersection with the greeting's offer.
 * {@code pipelineWindow} is the number of commands in flight per session (1 = none);
 * {@code maxQueued} bounds the commands waiting for a session.
 */
public record EppClientConfig(String registryId, String host, int port, TlsMaterial tls, String clientId,
                              String password, Optional<String> newPassword, String language,
                              List<String> objectUris, List<String> extensionUris, int maxSessions,
                              Duration connectTimeout, Duration commandTimeout, Duration keepalive,
                              int pipelineWindow, int maxFrameBytes, Duration backoffMin, Duration backoffMax,
                              int maxQueued) {

    public EppClientConfig {
        Objects.requireNonNull(registryId, "registryId");
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(tls, "tls");
        Objects.requireNonNull(clientId, "clientId");
        Objects.requireNonNull(password, "password");
        newPassword = newPassword == null ? Optional.empty() : newPassword;
        objectUris = List.copyOf(objectUris);
        extensionUris = List.copyOf(extensionUris);
        if (maxSessions < 1) {
            throw new IllegalArgumentException("maxSessions must be at least 1");
        }
        if (pipelineWindow < 1) {
            throw new IllegalArgumentException("pipelineWindow must be at least 1");
        }
        if (maxFrameBytes < 64) {
            throw new IllegalArgumentException("maxFrameBytes too small");
        }
        if (maxQueued < 0) {
            throw new IllegalArgumentException("maxQueued must not be negative");
        }
        if (backoffMax.compareTo(backoffMin) < 0) {
            throw new IllegalArgumentException("backoffMax below backoffMin");
        }
    }

    /** Defaults as in {@code RegistriesConfig.Sessions}; change them with the {@code with...} copies. */
    public static EppClientConfig of(String registryId, String host, int port, TlsMaterial tls, String clientId,
                                     String password, List<String> objectUris, List<String> extensionUris) {
        return new EppClientConfig(registryId, host, port, tls, clientId, password, Optional.empty(), "en",
                objectUris, extensionUris, 2, Duration.ofSeconds(10), Duration.ofSeconds(30),
                Duration.ofSeconds(100), 1, 1_048_576, Duration.ofSeconds(1), Duration.ofSeconds(60), 1000);
    }

    /**
     * The configuration of {@code registrar.registries.<id>} as the client needs it. {@code objectUris}
     * and {@code supportedExtensions} are what the adapter speaks; the configured {@code extensions}
     * list, when given, narrows the latter. TLS material comes from the configured files; the sandbox
     * builds its own {@link TlsMaterial} from in-memory key stores and passes it as {@code tls}.
     */
    public static EppClientConfig fromRegistry(String registryId, RegistriesConfig.Registry registry,
                                               Optional<TlsMaterial> tls, List<String> objectUris,
                                               List<String> supportedExtensions) {
        RegistriesConfig.Tls files = registry.tls();
        TlsMaterial material = tls.orElseGet(() -> new TlsMaterial(
                files.keyStore().map(path -> TlsMaterial.clientKeyFromConfig(path, files.keyStorePassword())),
                files.trustStore().map(path -> TlsMaterial.trustFromConfig(path, files.trustStorePassword())),
                files.protocols()));
        List<String> extensions = registry.extensions()
                .map(wanted -> supportedExtensions.stream().filter(wanted::contains).toList())
                .orElse(supportedExtensions);
        RegistriesConfig.Sessions sessions = registry.sessions();
        return new EppClientConfig(registryId, registry.host(), registry.port(), material, registry.clientId(),
                registry.password(), Optional.empty(), "en", objectUris, extensions, sessions.max(),
                sessions.connectTimeout(), sessions.commandTimeout(), sessions.keepalive(), sessions.pipelining(),
                sessions.maxFrameBytes(), sessions.reconnectBackoffMin(), sessions.reconnectBackoffMax(), 1000);
    }

    /** The same registry at another address (the sandbox picks its port at start). */
    public EppClientConfig withAddress(String newHost, int newPort) {
        return new EppClientConfig(registryId, newHost, newPort, tls, clientId, password, newPassword, language,
                objectUris, extensionUris, maxSessions, connectTimeout, commandTimeout, keepalive, pipelineWindow,
                maxFrameBytes, backoffMin, backoffMax, maxQueued);
    }

    public EppClientConfig withLanguage(String lang) {
        return new EppClientConfig(registryId, host, port, tls, clientId, password, newPassword, lang,
                objectUris, extensionUris, maxSessions, connectTimeout, commandTimeout, keepalive, pipelineWindow,
                maxFrameBytes, backoffMin, backoffMax, maxQueued);
    }

    public EppClientConfig withSessions(int max, int pipeline) {
        return new EppClientConfig(registryId, host, port, tls, clientId, password, newPassword, language,
                objectUris, extensionUris, max, connectTimeout, commandTimeout, keepalive, pipeline, maxFrameBytes,
                backoffMin, backoffMax, maxQueued);
    }

    public EppClientConfig withTimeouts(Duration connect, Duration command, Duration keepaliveEvery) {
        return new EppClientConfig(registryId, host, port, tls, clientId, password, newPassword, language,
                objectUris, extensionUris, maxSessions, connect, command, keepaliveEvery, pipelineWindow,
                maxFrameBytes, backoffMin, backoffMax, maxQueued);
    }

    public EppClientConfig withBackoff(Duration min, Duration max) {
        return new EppClientConfig(registryId, host, port, tls, clientId, password, newPassword, language,
                objectUris, extensionUris, maxSessions, connectTimeout, commandTimeout, keepalive, pipelineWindow,
                maxFrameBytes, min, max, maxQueued);
    }

    public EppClientConfig withLimits(int frameBytes, int queued) {
        return new EppClientConfig(registryId, host, port, tls, clientId, password, newPassword, language,
                objectUris, extensionUris, maxSessions, connectTimeout, commandTimeout, keepalive, pipelineWindow,
                frameBytes, backoffMin, backoffMax, queued);
    }

    /** Log in with {@code <newPW>}: the registry replaces the password with {@code next}. */
    public EppClientConfig withNewPassword(String next) {
        return new EppClientConfig(registryId, host, port, tls, clientId, password, Optional.of(next), language,
                objectUris, extensionUris, maxSessions, connectTimeout, commandTimeout, keepalive, pipelineWindow,
                maxFrameBytes, backoffMin, backoffMax, maxQueued);
    }

    @Override
    public String toString() {
        return "EppClientConfig[registryId=" + registryId + ", host=" + host + ", port=" + port + ", clientId="
                + clientId + ", maxSessions=" + maxSessions + ", pipelineWindow=" + pipelineWindow + "]";
    }
}
