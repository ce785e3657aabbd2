package com.ophos.registrar.api.console;

import com.ophos.registrar.common.InvalidInputException;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Anti-forgery tokens for the console's forms. The browser resends Basic credentials to any page that
 * posts here, so every form carries a token only a console page could have given this user.
 */
@ApplicationScoped
public class ConsoleForms {
    private final SecretKeySpec key;

    public ConsoleForms() {
        byte[] raw = new byte[32];
        new SecureRandom().nextBytes(raw);
        key = new SecretKeySpec(raw, "HmacSHA256");
    }

    public String token(String user) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(mac.doFinal(user.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    public void check(String user, String token) {
        if (token == null || !MessageDigest.isEqual(token(user).getBytes(StandardCharsets.US_ASCII),
                token.getBytes(StandardCharsets.US_ASCII))) {
            throw new InvalidInputException("token", "the form is stale or did not come from the console; reload it");
        }
    }
}
