package com.ophos.registrar.common.crypto;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Encrypts secrets at rest (domain auth codes) with AES-256-GCM. The stored form is
 * base64(nonce || ciphertext+tag); a fresh 96-bit nonce per value, so equal secrets never look equal.
 * Also keys the fingerprints of data that may hold a secret, so a stored fingerprint cannot be
 * brute-forced back to the secret without the key.
 */
@ApplicationScoped
public class SecretBox {
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKey key;
    private final SecretKeySpec fingerprintKey;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(@ConfigProperty(name = "registrar.secrets.key") String base64Key) {
        this.key = keyOf(base64Key);
        // A subkey of its own: the encryption key is never used as a MAC key as well.
        this.fingerprintKey = new SecretKeySpec(hmac(new SecretKeySpec(key.getEncoded(), "HmacSHA256"),
                "registrar request fingerprint v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
    }

    /** HMAC-SHA256 of {@code data} under a subkey of the configured key: equal data, equal fingerprint. */
    public byte[] fingerprint(byte[] data) {
        return hmac(fingerprintKey, data);
    }

    private static byte[] hmac(SecretKeySpec macKey, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(macKey);
            return mac.doFinal(data);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    static SecretKey keyOf(String base64Key) {
        byte[] raw;
        try {
            raw = Base64.getDecoder().decode(base64Key.trim());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("registrar.secrets.key is not base64");
        }
        if (raw.length != 32) {
            throw new IllegalStateException("registrar.secrets.key must be 32 bytes (AES-256), base64-encoded");
        }
        return new SecretKeySpec(raw, "AES");
    }

    public String seal(String secret) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            byte[] sealed = cipher.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(
                    ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM unavailable", e);
        }
    }

    /** Fails when the value was altered or sealed under another key. */
    public String open(String stored) {
        byte[] all = Base64.getDecoder().decode(stored);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
            byte[] plain = cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("sealed secret cannot be opened (altered, or another key)");
        }
    }
}
