package com.ophos.registrar.sandbox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The sandbox's TLS identities: a private CA, a server certificate for {@code localhost}/127.0.0.1
 * and a registrar client certificate, both signed by the CA. Generated once per JVM (EC P-256 keeps
 * that fast) unless given.
 *
 * <p>The stores live in memory as JKS: PKCS#12 protects each key with 10,000 PBKDF2 rounds on every
 * set, get, save and load, which was a fifth of the gateway's start-up CPU. PKCS#12 bytes are made
 * only for {@link #written(Path)}, whose files are read by clients configured by path.
 */
public final class SandboxCertificates {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static volatile SandboxCertificates shared;

    private final KeyStore serverKeyStore;
    private final KeyStore clientKeyStore;
    private final KeyStore trustStore;
    private final String password;

    public SandboxCertificates(KeyStore serverKeyStore, KeyStore clientKeyStore, KeyStore trustStore,
                               String password) {
        this.serverKeyStore = serverKeyStore;
        this.clientKeyStore = clientKeyStore;
        this.trustStore = trustStore;
        this.password = password;
    }

    /** The certificates every sandbox in this JVM uses; generated on first use. */
    public static SandboxCertificates shared() {
        SandboxCertificates result = shared;
        if (result == null) {
            synchronized (SandboxCertificates.class) {
                result = shared;
                if (result == null) {
                    result = generate();
                    shared = result;
                }
            }
        }
        return result;
    }

    public static SandboxCertificates generate() {
        try {
            KeyPair caKeys = newKeyPair();
            X500Name caName = new X500Name("CN=Sandbox Registry CA");
            X509Certificate ca = sign(caName, caKeys, caName, caKeys.getPublic(), true, null, null);
            KeyPair serverKeys = newKeyPair();
            X509Certificate server = sign(caName, caKeys, new X500Name("CN=localhost"), serverKeys.getPublic(),
                    false, KeyPurposeId.id_kp_serverAuth, new GeneralNames(new GeneralName[] {
                            new GeneralName(GeneralName.dNSName, "localhost"),
                            new GeneralName(GeneralName.iPAddress, "127.0.0.1")}));
            KeyPair clientKeys = newKeyPair();
            X509Certificate client = sign(caName, caKeys, new X500Name("CN=sandbox-registrar"),
                    clientKeys.getPublic(), false, KeyPurposeId.id_kp_clientAuth, null);
            byte[] secret = new byte[12];
            RANDOM.nextBytes(secret);
            String password = HexFormat.of().formatHex(secret);
            return new SandboxCertificates(keyStore("server", serverKeys.getPrivate(), password, server, ca),
                    keyStore("client", clientKeys.getPrivate(), password, client, ca), trustStore(ca), password);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot generate sandbox certificates", e);
        }
    }

    private static KeyPair newKeyPair() throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"), RANDOM);
        return generator.generateKeyPair();
    }

    private static X509Certificate sign(X500Name issuer, KeyPair issuerKeys, X500Name subject,
                                        java.security.PublicKey subjectKey, boolean ca, KeyPurposeId purpose,
                                        GeneralNames altNames)
            throws OperatorCreationException, IOException, GeneralSecurityException {
        Instant now = Instant.now();
        X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer,
                new BigInteger(64, RANDOM), Date.from(now.minus(Duration.ofHours(1))),
                Date.from(now.plus(Duration.ofDays(825))), subject, subjectKey);
        builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
        builder.addExtension(Extension.keyUsage, true, new KeyUsage(ca
                ? KeyUsage.keyCertSign | KeyUsage.cRLSign
                : KeyUsage.digitalSignature | KeyUsage.keyEncipherment));
        if (purpose != null) {
            builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
        }
        if (altNames != null) {
            builder.addExtension(Extension.subjectAlternativeName, false, altNames);
        }
        return new JcaX509CertificateConverter().getCertificate(
                builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(issuerKeys.getPrivate())));
    }

    private static KeyStore keyStore(String alias, PrivateKey key, String password, X509Certificate... chain)
            throws GeneralSecurityException, IOException {
        KeyStore store = emptyInMemoryStore();
        store.setKeyEntry(alias, key, password.toCharArray(), chain);
        return store;
    }

    private static KeyStore trustStore(X509Certificate ca) throws GeneralSecurityException, IOException {
        KeyStore store = emptyInMemoryStore();
        store.setCertificateEntry("sandbox-ca", ca);
        return store;
    }

    private static KeyStore emptyInMemoryStore() throws GeneralSecurityException, IOException {
        return emptyStore("JKS");
    }

    private static KeyStore emptyStore(String type) throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance(type);
        store.load(null, null);
        return store;
    }

    public KeyStore serverKeyStore() {
        return serverKeyStore;
    }

    /** The registrar's certificate and key (PKCS#12), protected by {@link #password()}. */
    public KeyStore clientKeyStore() {
        return clientKeyStore;
    }

    /** Holds the CA that signed both sides; each side trusts the other through it. */
    public KeyStore trustStore() {
        return trustStore;
    }

    /** Password of every store here (key stores and their keys, trust store). */
    public String password() {
        return password;
    }

    public Certificate caCertificate() {
        try {
            return trustStore.getCertificate("sandbox-ca");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Writes {@code client.p12} and {@code truststore.p12} for a client configured by file paths. */
    public StoreFiles written(Path directory) throws IOException {
        Files.createDirectories(directory);
        Path client = directory.resolve("client.p12");
        Path trust = directory.resolve("truststore.p12");
        Files.write(client, pkcs12(clientKeyStore));
        Files.write(trust, pkcs12(trustStore));
        return new StoreFiles(client, trust, password);
    }

    private byte[] pkcs12(KeyStore store) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            KeyStore pkcs12 = emptyStore("PKCS12");
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    pkcs12.setKeyEntry(alias, store.getKey(alias, password.toCharArray()), password.toCharArray(),
                            store.getCertificateChain(alias));
                } else {
                    pkcs12.setCertificateEntry(alias, store.getCertificate(alias));
                }
            }
            pkcs12.store(bytes, password.toCharArray());
            return bytes.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot serialise a sandbox key store", e);
        }
    }

    /** Where {@link #written(Path)} put the stores. */
    public record StoreFiles(Path clientKeyStore, Path trustStore, String password) {
        @Override
        public String toString() {
            return "StoreFiles[clientKeyStore=" + clientKeyStore + ", trustStore=" + trustStore + "]";
        }
    }
}
