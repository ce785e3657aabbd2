package com.ophos.registrar.lifecycle;

import com.ophos.registrar.registry.spi.RegistryPolicy;
import jakarta.enterprise.context.ApplicationScoped;
import java.security.SecureRandom;

/**
 * Fresh transfer secrets (domain auth codes), to the registry's rules: its length, and every class
 * it insists on (a letter, a digit and, where configured, a special). Characters that a phone call
 * would mangle (0/O, 1/l/I) are left out; the one generator for the API and the dispute hand-over.
 */
@ApplicationScoped
public class AuthCodes {
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";

    private final SecureRandom random = new SecureRandom();

    public String fresh(RegistryPolicy.AuthCodeRules rules) {
        String all = LETTERS + DIGITS + rules.specials();
        char[] code = new char[rules.length()];
        int i = 0;
        code[i++] = pick(LETTERS);
        code[i++] = pick(DIGITS);
        if (!rules.specials().isEmpty()) {
            code[i++] = pick(rules.specials());
        }
        while (i < code.length) {
            code[i++] = pick(all);
        }
        // Fisher-Yates: the required classes must not sit at predictable positions
        for (int j = code.length - 1; j > 0; j--) {
            int k = random.nextInt(j + 1);
            char swap = code[j];
            code[j] = code[k];
            code[k] = swap;
        }
        return new String(code);
    }

    private char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
