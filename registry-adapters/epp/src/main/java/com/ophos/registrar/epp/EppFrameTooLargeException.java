package com.ophos.registrar.epp;

/** A frame announced a length above the configured maximum (or below the 4-byte header); session closed. */
public class EppFrameTooLargeException extends EppProtocolException {
    private final long announcedLength;

    public EppFrameTooLargeException(long announcedLength, int maxFrameBytes) {
        super("EPP frame of " + announcedLength + " bytes refused (limit " + maxFrameBytes + ")");
        this.announcedLength = announcedLength;
    }

    public long announcedLength() {
        return announcedLength;
    }
}
