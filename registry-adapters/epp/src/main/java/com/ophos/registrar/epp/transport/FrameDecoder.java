package com.ophos.registrar.epp.transport;

import com.ophos.registrar.epp.EppFrameTooLargeException;
import io.vertx.core.buffer.Buffer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits the byte stream of an EPP connection into frames (RFC 5734 section 4): a 4-byte big-endian
 * length that counts itself, then the XML. A length above the limit (or below 4) is refused before
 * any of the frame is buffered, so a hostile peer cannot make us allocate.
 */
public final class FrameDecoder {
    static final int HEADER = 4;

    private final int maxFrameBytes;
    private Buffer pending = Buffer.buffer();

    public FrameDecoder(int maxFrameBytes) {
        this.maxFrameBytes = maxFrameBytes;
    }

    /** Adds bytes read from the socket and returns the XML of every frame now complete. */
    public List<byte[]> feed(Buffer bytes) {
        pending.appendBuffer(bytes);
        List<byte[]> frames = new ArrayList<>();
        while (pending.length() >= HEADER) {
            long length = pending.getUnsignedInt(0);
            if (length < HEADER || length > maxFrameBytes) {
                throw new EppFrameTooLargeException(length, maxFrameBytes);
            }
            if (pending.length() < length) {
                break;
            }
            frames.add(pending.getBytes(HEADER, (int) length));
            pending = pending.getBuffer((int) length, pending.length());
        }
        return frames;
    }

    /** Bytes of an incomplete frame still waiting (a truncated frame when the peer closes). */
    public int buffered() {
        return pending.length();
    }

    public static Buffer encode(byte[] xml) {
        Buffer frame = Buffer.buffer(HEADER + xml.length);
        frame.appendUnsignedInt(HEADER + xml.length);
        frame.appendBytes(xml);
        return frame;
    }
}
