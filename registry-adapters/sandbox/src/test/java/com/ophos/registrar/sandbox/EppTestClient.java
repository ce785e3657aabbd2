package com.ophos.registrar.sandbox;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.security.KeyStore;
import java.util.List;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/** A blocking EPP-over-TLS client (RFC 5734) that checks every frame it reads against the schemas. */
final class EppTestClient implements AutoCloseable {
    private static final int READ_TIMEOUT_MILLIS = 10_000;
    private final SSLSocket socket;
    private final DataInputStream in;
    private final DataOutputStream out;
    private final boolean validating;
    private final EppReply greeting;

    private EppTestClient(SSLSocket socket, boolean validating) throws IOException {
        this.socket = socket;
        this.in = new DataInputStream(socket.getInputStream());
        this.out = new DataOutputStream(socket.getOutputStream());
        this.validating = validating;
        this.greeting = read();
    }

    static EppTestClient connect(SandboxRegistry registry) throws Exception {
        return connect(registry, true, true);
    }

    /**
     * @param presentCertificate whether to offer the registrar certificate (the server requires it)
     * @param validating         whether to validate answers against the official schemas (off only
     *                           where the server speaks a namespace no schema here covers)
     */
    static EppTestClient connect(SandboxRegistry registry, boolean presentCertificate, boolean validating)
            throws Exception {
        SandboxCertificates certificates = registry.certificates();
        char[] password = certificates.password().toCharArray();
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(certificates.trustStore());
        KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        KeyStore clientStore = presentCertificate ? certificates.clientKeyStore() : emptyStore();
        keys.init(clientStore, password);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(keys.getKeyManagers(), trust.getTrustManagers(), null);
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket("localhost", registry.port());
        // generous: the first handshake of a JVM on a busy machine pays for class loading and JIT
        socket.setSoTimeout(30_000);
        socket.startHandshake();
        socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        return new EppTestClient(socket, validating);
    }

    private static KeyStore emptyStore() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }

    EppReply greeting() {
        return greeting;
    }

    EppReply send(X frame) throws IOException {
        write(frame.bytes());
        return read();
    }

    void write(byte[] xml) throws IOException {
        out.writeInt(xml.length + 4);
        out.write(xml);
        out.flush();
    }

    void writeRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    EppReply read() throws IOException {
        int length = in.readInt();
        byte[] xml = new byte[length - 4];
        in.readFully(xml);
        if (validating) {
            EppSchemas.validate(xml);
        }
        return new EppReply(xml);
    }

    /** Logs in with every URI the greeting announced. */
    EppReply login(String clientId, String password) throws IOException {
        return send(Epp.login(clientId, password, greeting.texts("//epp:objURI"), greeting.texts("//epp:extURI"),
                null));
    }

    EppReply login(String clientId, String password, List<String> objectUris, List<String> extensionUris)
            throws IOException {
        return send(Epp.login(clientId, password, objectUris, extensionUris, null));
    }

    /** True when the server closes the connection within the timeout without sending anything. */
    boolean closedByServer(int timeoutMillis) throws IOException {
        socket.setSoTimeout(timeoutMillis);
        try {
            int next = in.read();
            if (next >= 0) {
                throw new AssertionError("server sent data instead of closing");
            }
            return true;
        } catch (EOFException | SocketException e) {
            return true;
        } catch (SocketTimeoutException e) {
            return false;
        } finally {
            socket.setSoTimeout(READ_TIMEOUT_MILLIS);
        }
    }

    /** True when nothing arrives within the time and the connection stays open. */
    boolean silentFor(int millis) throws IOException {
        return !closedByServer(millis);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
