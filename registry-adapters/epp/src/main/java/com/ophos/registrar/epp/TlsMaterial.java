package com.ophos.registrar.epp;

import java.nio.file.Path;
import java.security.KeyStore;
import java.util.List;
import java.util.Optional;

/**
 * TLS material of a registry connection: our client certificate and what we trust the server's
 * certificate with. Files (PKCS#12 or PEM) come from configuration; the sandbox hands over in-memory
 * key stores. Passwords are never part of {@code toString()}.
 */
public record TlsMaterial(Optional<ClientKey> clientKey, Optional<Trust> trust, List<String> protocols) {

    public TlsMaterial {
        clientKey = clientKey == null ? Optional.empty() : clientKey;
        trust = trust == null ? Optional.empty() : trust;
        protocols = List.copyOf(protocols);
        for (String p : protocols) {
            if (!p.equals("TLSv1.2") && !p.equals("TLSv1.3")) {
                throw new IllegalArgumentException("TLS protocol " + p + " refused: TLSv1.2 or TLSv1.3 only");
            }
        }
    }

    public static final List<String> DEFAULT_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    public sealed interface ClientKey {
    }

    public record Pkcs12ClientKey(Path path, String password) implements ClientKey {
        @Override public String toString() { return "Pkcs12ClientKey[path=" + path + "]"; }
    }

    /** Certificate chain and private key (PKCS#8) PEM files. */
    public record PemClientKey(Path certificatePath, Path keyPath) implements ClientKey {
    }

    public record InMemoryClientKey(KeyStore keyStore, String password) implements ClientKey {
        @Override public String toString() { return "InMemoryClientKey"; }
    }

    /** No trust given: the JVM's default trust store verifies the server. */
    public sealed interface Trust {
    }

    public record Pkcs12Trust(Path path, String password) implements Trust {
        @Override public String toString() { return "Pkcs12Trust[path=" + path + "]"; }
    }

    public record PemTrust(Path certificatesPath) implements Trust {
    }

    public record InMemoryTrust(KeyStore keyStore) implements Trust {
        @Override public String toString() { return "InMemoryTrust"; }
    }

    /**
     * Reads a key store path as configured: {@code .pem}/{@code .crt} files are PEM, anything else
     * PKCS#12. A PEM client key is given as {@code cert.pem,key.pem}.
     */
    public static ClientKey clientKeyFromConfig(String path, Optional<String> password) {
        String[] parts = path.split(",");
        if (parts.length == 2) {
            return new PemClientKey(Path.of(parts[0].trim()), Path.of(parts[1].trim()));
        }
        return new Pkcs12ClientKey(Path.of(path), password.orElse(""));
    }

    public static Trust trustFromConfig(String path, Optional<String> password) {
        String lower = path.toLowerCase();
        if (lower.endsWith(".pem") || lower.endsWith(".crt")) {
            return new PemTrust(Path.of(path));
        }
        return new Pkcs12Trust(Path.of(path), password.orElse(""));
    }
}
