package com.ophos.registrar.bench.eppload;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

/**
 * The floor: one EPP session on a blocking JDK {@link SSLSocket} with RFC 5734 framing, one command
 * in flight, no XML parsing (the result code is found by a byte search). What a minimal hand-written
 * client costs, to compare the gateway's EPP core with.
 */
final class RawEppSession implements AutoCloseable {
    private static final byte[] CODE_ATTRIBUTE = "code=\"".getBytes(StandardCharsets.US_ASCII);
    private static final int MAX_FRAME_BYTES = 1 << 20;
    private static final int READ_TIMEOUT_MILLIS = 30_000;

    private final SSLSocket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private byte[] buffer = new byte[8192];
    private int frameLength;

    private RawEppSession(SSLSocket socket) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 16384));
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream(), 16384));
    }

    /** Connects, reads the greeting and logs in; the password goes only into the login frame. */
    static RawEppSession open(SSLContext tls, String host, int port, String clientId, String password)
            throws IOException {
        SSLSocket socket = (SSLSocket) tls.getSocketFactory().createSocket(host, port);
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            parameters.setProtocols(new String[] {"TLSv1.3"});
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            RawEppSession session = new RawEppSession(socket);
            session.readFrame();
            int code = session.exchange(RawFrames.login(clientId, password, "RAW-LOGIN-" + System.nanoTime()));
            if (code != 1000) {
                throw new IOException("login answered " + code);
            }
            return session;
        } catch (IOException | RuntimeException e) {
            socket.close();
            throw e;
        }
    }

    /** Sends one frame and returns the result code of the answer. */
    int exchange(byte[] frame) throws IOException {
        out.writeInt(frame.length + 4);
        out.write(frame);
        out.flush();
        readFrame();
        return resultCode();
    }

    private void readFrame() throws IOException {
        int length = in.readInt() - 4;
        if (length < 0 || length > MAX_FRAME_BYTES) {
            throw new IOException("frame length " + length + " refused");
        }
        if (buffer.length < length) {
            buffer = new byte[Math.max(length, buffer.length * 2)];
        }
        in.readFully(buffer, 0, length);
        frameLength = length;
    }

    private int resultCode() throws IOException {
        outer:
        for (int i = 0; i + CODE_ATTRIBUTE.length + 4 <= frameLength; i++) {
            for (int j = 0; j < CODE_ATTRIBUTE.length; j++) {
                if (buffer[i + j] != CODE_ATTRIBUTE[j]) {
                    continue outer;
                }
            }
            int start = i + CODE_ATTRIBUTE.length;
            int code = 0;
            for (int k = start; k < start + 4; k++) {
                code = code * 10 + (buffer[k] - '0');
            }
            return code;
        }
        throw new IOException("answer without result code");
    }

    /** Logs out (best effort) and closes the socket. */
    @Override
    public void close() {
        try {
            exchange(RawFrames.logout("RAW-LOGOUT-" + System.nanoTime()));
        } catch (IOException ignored) {
            // the socket is closed below either way; a failed logout only ends the session sooner
        } finally {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing left to release
            }
        }
    }
}
