package com.ophos.registrar.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ophos.registrar.common.crypto.SecretBox;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class SecretBoxTest {
    private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);
    private static final String OTHER_KEY = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef".getBytes());

    @Test
    void sealsAndOpens_withAFreshNonceEachTime() {
        SecretBox box = new SecretBox(KEY);
        String first = box.seal("auth-code-1");
        String second = box.seal("auth-code-1");
        assertThat(first).isNotEqualTo(second).doesNotContain("auth-code-1");
        assertThat(box.open(first)).isEqualTo("auth-code-1");
        assertThat(box.open(second)).isEqualTo("auth-code-1");
    }

    @Test
    void refusesAlteredValuesAndOtherKeys_withoutShowingTheSecret() {
        SecretBox box = new SecretBox(KEY);
        String sealed = box.seal("auth-code-2");
        byte[] raw = Base64.getDecoder().decode(sealed);
        raw[raw.length - 1] ^= 1;
        assertThatThrownBy(() -> box.open(Base64.getEncoder().encodeToString(raw)))
                .hasMessageNotContaining("auth-code-2");
        assertThatThrownBy(() -> new SecretBox(OTHER_KEY).open(sealed)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void refusesKeysThatAreNot256Bits() {
        assertThatThrownBy(() -> new SecretBox(Base64.getEncoder().encodeToString(new byte[16])))
                .hasMessageContaining("32 bytes");
    }

    @Test
    void fingerprintsAreKeyed_soAStoredOneCannotBeRecomputedWithoutTheKey() throws Exception {
        byte[] request = "{\"name\":\"example.com\",\"authCode\":\"abc123\"}".getBytes();
        byte[] fingerprint = new SecretBox(KEY).fingerprint(request);
        assertThat(new SecretBox(KEY).fingerprint(request)).isEqualTo(fingerprint);
        assertThat(new SecretBox(OTHER_KEY).fingerprint(request)).isNotEqualTo(fingerprint);
        assertThat(fingerprint).isNotEqualTo(java.security.MessageDigest.getInstance("SHA-256").digest(request));
        assertThat(new SecretBox(KEY).fingerprint("{\"authCode\":\"abc124\"}".getBytes())).isNotEqualTo(fingerprint);
    }
}
