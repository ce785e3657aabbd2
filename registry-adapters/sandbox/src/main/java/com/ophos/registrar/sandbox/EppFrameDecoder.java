package com.ophos.registrar.sandbox;

import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5734 framing: a 4-byte big-endian total length (header included) before each XML instance.
 */
final class EppFrameDecoder {
    static final int HEADER_BYTES = 4;

    private final int maxFrameBytes;
    private Buffer pending = Buffer.buffer();

    EppFrameDecoder(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    /** Thrown when a header announces a frame the server will not read. */
    static final class FrameRejected extends Exception {
        FrameRejected(String reason) {
            super(reason, null, false, false);
        }
    }

    /** Every complete frame the bytes so far make up; the rest waits for more bytes. */
    List<byte[]> feed(Buffer bytes) throws FrameRejected {
        pending.appendBuffer(bytes);
        List<byte[]> frames = new ArrayList<>();
        int offset = 0;
        while (pending.length() - offset >= HEADER_BYTES) {
            long total = Integer.toUnsignedLong(pending.getInt(offset));
            if (total <= HEADER_BYTES || total > maxFrameBytes) {
                throw new FrameRejected("frame length " + total + " outside 5.." + maxFrameBytes + " bytes");
            }
            if (pending.length() - offset < total) {
                break;
            }
            frames.add(pending.getBytes(offset + HEADER_BYTES, offset + (int) total));
            offset += (int) total;
        }
        if (offset > 0) {
            pending = pending.getBuffer(offset, pending.length());
        }
        return frames;
    }

    static Buffer encode(byte[] xml) {
        return Buffer.buffer(xml.length + HEADER_BYTES).appendInt(xml.length + HEADER_BYTES).appendBytes(xml);
    }
}
