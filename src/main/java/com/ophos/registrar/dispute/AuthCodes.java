package com.ophos.registrar.dispute;

import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Fresh domain auth codes. Registries differ (Verisign wants 6-16 characters with a letter, a digit
 * and a special character; AFNIC and RFC 5731 accept that too), so every code has all three classes
 * and avoids characters that XML or a phone call would mangle.
 */
@ApplicationScoped
public class AuthCodes {
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SPECIALS = "!#$%*+-=?@^_";
    private static final String ALL = LETTERS + DIGITS + SPECIALS;
    static final int MIN_LENGTH = 6;
    static final int MAX_LENGTH = 16;

    private final SecureRandom random = new SecureRandom();
    private final int length;

    public AuthCodes(DisputesConfig config) {
        if (config.authCodeLength() < MIN_LENGTH || config.authCodeLength() > MAX_LENGTH) {
            throw new IllegalStateException("registrar.disputes.auth-code-length must be " + MIN_LENGTH + "-" + MAX_LENGTH);
        }
        this.length = config.authCodeLength();
    }

    public String fresh() {
        char[] code = new char[length];
        code[0] = pick(LETTERS);
        code[1] = pick(DIGITS);
        code[2] = pick(SPECIALS);
        for (int i = 3; i < length; i++) {
            code[i] = pick(ALL);
        }
        for (int i = length - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            char swap = code[i];
            code[i] = code[j];
            code[j] = swap;
        }
        return new String(code);
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
