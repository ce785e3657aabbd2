package com.ophos.registrar.epp;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Writes every EPP frame sent and received to a directory, one file per frame
 * ({@code <epoch-millis>-<registry>-<session>-<seq>-<out|in>.xml}), with the content of every element
 * named {@code pw} or {@code newPW} (any namespace) replaced by {@code ***}. Masking re-writes the frame
 * through the XML parser, so no formatting trick can smuggle a password past it. Off when the
 * directory is empty; the adapters read {@code registrar.epp.wire-log} / {@code REGISTRAR_EPP_WIRE_LOG}.
 */
public final class WireLog {
    private static final Logger LOG = Logger.getLogger(WireLog.class);

    public enum Direction {
        OUT("out"), IN("in");

        private final String suffix;

        Direction(String suffix) {
            this.suffix = suffix;
        }
    }

    private final Optional<Path> directory;

    public WireLog(Optional<Path> directory) {
        this.directory = directory;
    }

    public static WireLog off() {
        return new WireLog(Optional.empty());
    }

    public boolean enabled() {
        return directory.isPresent();
    }

    /**
     * Records one frame. Failures to write are logged and swallowed: the wire log is a diagnostic aid
     * and must never fail a registry command.
     */
    public void record(String registryId, String sessionId, long sequence, Direction direction, byte[] xml) {
        if (directory.isEmpty()) {
            return;
        }
        String name = System.currentTimeMillis() + "-" + safe(registryId) + "-" + safe(sessionId) + "-" + sequence
                + "-" + direction.suffix + ".xml";
        try {
            Files.createDirectories(directory.get());
            Files.write(directory.get().resolve(name), com.ophos.registrar.epp.codec.SecretMasker.mask(xml));
        } catch (IOException | RuntimeException e) {
            // Not the frame: it may hold a secret. The class name says enough to diagnose.
            LOG.warnf("wire log: frame %s not written (%s)", name, e.getClass().getSimpleName());
        }
    }

    private static String safe(String part) {
        return part.replaceAll("[^A-Za-z0-9_.]", "_");
    }
}
