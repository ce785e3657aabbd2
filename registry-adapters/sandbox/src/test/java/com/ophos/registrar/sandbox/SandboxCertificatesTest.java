package com.ophos.registrar.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.X509Certificate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated CA, server and client certificates, and their PKCS#12 files. */
class SandboxCertificatesTest {

    @Test
    void serverCertificateNamesLocalhostAndBothSidesChainToTheCa() throws Exception {
        SandboxCertificates certificates = SandboxCertificates.shared();
        X509Certificate ca = (X509Certificate) certificates.caCertificate();
        X509Certificate server = (X509Certificate) certificates.serverKeyStore().getCertificate("server");
        X509Certificate client = (X509Certificate) certificates.clientKeyStore().getCertificate("client");
        server.verify(ca.getPublicKey());
        client.verify(ca.getPublicKey());
        assertThat(server.getSubjectAlternativeNames().stream().map(name -> (Object) name.get(1)).toList())
                .containsExactlyInAnyOrder("localhost", "127.0.0.1");
        assertThat(server.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.1");
        assertThat(client.getExtendedKeyUsage()).containsExactly("1.3.6.1.5.5.7.3.2");
        assertThat(ca.getBasicConstraints()).isGreaterThanOrEqualTo(0);
        assertThat(SandboxCertificates.shared()).isSameAs(certificates);
    }

    @Test
    void storesWrittenAsPkcs12FilesLoadBack(@TempDir Path directory) throws Exception {
        SandboxCertificates certificates = SandboxCertificates.shared();
        SandboxCertificates.StoreFiles files = certificates.written(directory);
        KeyStore client = load(files.clientKeyStore(), files.password());
        KeyStore trust = load(files.trustStore(), files.password());
        assertThat(client.isKeyEntry("client")).isTrue();
        assertThat(client.getKey("client", files.password().toCharArray())).isNotNull();
        assertThat(List.of(trust.getCertificate("sandbox-ca"))).containsExactly(certificates.caCertificate());
        assertThat(files.toString()).doesNotContain(files.password());
    }

    private static KeyStore load(Path file, String password) throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            store.load(in, password.toCharArray());
        }
        return store;
    }
}
