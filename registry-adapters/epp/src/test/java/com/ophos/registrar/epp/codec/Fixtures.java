package com.ophos.registrar.epp.codec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Hand-written response frames under src/test/resources/epp. */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] load(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/epp/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
