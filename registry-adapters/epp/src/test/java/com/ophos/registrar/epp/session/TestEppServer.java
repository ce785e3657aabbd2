package com.ophos.registrar.epp.session;

import com.ophos.registrar.epp.transport.FrameDecoder;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ClientAuth;
import io.vertx.core.net.KeyCertOptions;
import io.vertx.core.net.NetServer;
import io.vertx.core.net.NetServerOptions;
import io.vertx.core.net.NetSocket;
import io.vertx.core.net.TrustOptions;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.TrustManagerFactory;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A minimal EPP peer for tests: TLS with client-certificate authentication on 127.0.0.1, canned
 * greeting, and a scripted answer per command. It records what it received.
 */
final class TestEppServer implements AutoCloseable {
    static final String EPP = "urn:ietf:params:xml:ns:epp-1.0";

    /** A command as the server saw it. */
    record Request(int connection, String verb, String object, String clTRID, Document xml, String raw) {
        List<String> texts(String localName) {
            List<String> texts = new java.util.ArrayList<>();
            var nodes = xml.getElementsByTagNameNS("*", localName);
            for (int i = 0; i < nodes.getLength(); i++) {
                texts.add(nodes.item(i).getTextContent().trim());
            }
            return texts;
        }
    }

    /** What the script does with a request: answer, hold, or close the connection. */
    interface Script extends BiFunction<Request, Connection, Boolean> {
    }

    final Vertx vertx;
    final TestCertificates serverCert;
    final List<Request> requests = new CopyOnWriteArrayList<>();
    final AtomicInteger connections = new AtomicInteger();
    final AtomicInteger openConnections = new AtomicInteger();
    final Map<Integer, AtomicInteger> outstanding = new ConcurrentHashMap<>();
    final AtomicInteger maxOutstanding = new AtomicInteger();
    volatile List<String> objectUris = List.of("urn:ietf:params:xml:ns:domain-1.0",
            "urn:ietf:params:xml:ns:contact-1.0", "urn:ietf:params:xml:ns:host-1.0");
    volatile List<String> extensionUris = List.of("urn:ietf:params:xml:ns:secDNS-1.1",
            "urn:ietf:params:xml:ns:rgp-1.0", "urn:ietf:params:xml:ns:epp:fee-1.0");
    volatile Script script = (request, connection) -> {
        connection.answer(request, request.verb().equals("logout") ? 1500 : 1000);
        return true;
    };
    private final NetServer server;
    int port;

    TestEppServer(Vertx vertx, TestCertificates serverCert, TestCertificates trustedClient) throws Exception {
        this.vertx = vertx;
        this.serverCert = serverCert;
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(serverCert.keyStore, TestCertificates.PASSWORD.toCharArray());
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trustedClient.trustStore);
        server = vertx.createNetServer(new NetServerOptions().setHost("127.0.0.1").setPort(0).setSsl(true)
                .setKeyCertOptions(KeyCertOptions.wrap(kmf)).setTrustOptions(TrustOptions.wrap(tmf))
                .setClientAuth(ClientAuth.REQUIRED));
        server.connectHandler(this::accept);
        port = server.listen().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS).actualPort();
    }

    List<Request> requests(String verb) {
        return requests.stream().filter(r -> r.verb.equals(verb)).toList();
    }

    private void accept(NetSocket socket) {
        int number = connections.incrementAndGet();
        openConnections.incrementAndGet();
        outstanding.put(number, new AtomicInteger());
        Connection connection = new Connection(number, socket);
        socket.closeHandler(v -> openConnections.decrementAndGet());
        connection.send(greeting());
        FrameDecoder decoder = new FrameDecoder(1 << 20);
        socket.handler(bytes -> {
            for (byte[] frame : decoder.feed(bytes)) {
                Request request = parse(number, frame);
                requests.add(request);
                int now = outstanding.get(number).incrementAndGet();
                maxOutstanding.accumulateAndGet(now, Math::max);
                script.apply(request, connection);
            }
        });
    }

    String greeting() {
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><epp xmlns=\"" + EPP
                + "\"><greeting><svID>Test EPP peer</svID><svDate>2026-11-27T10:00:00.0Z</svDate><svcMenu>"
                + "<version>1.0</version><lang>en</lang>");
        objectUris.forEach(u -> xml.append("<objURI>").append(u).append("</objURI>"));
        if (!extensionUris.isEmpty()) {
            xml.append("<svcExtension>");
            extensionUris.forEach(u -> xml.append("<extURI>").append(u).append("</extURI>"));
            xml.append("</svcExtension>");
        }
        return xml.append("</svcMenu></greeting></epp>").toString();
    }

    private static Request parse(int connection, byte[] frame) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(frame));
            Element epp = doc.getDocumentElement();
            Element body = firstChild(epp);
            String raw = new String(frame, StandardCharsets.UTF_8);
            if (body.getLocalName().equals("hello")) {
                return new Request(connection, "hello", "", null, doc, raw);
            }
            Element verb = firstChild(body);
            Element object = firstChild(verb);
            String clTRID = doc.getElementsByTagNameNS(EPP, "clTRID").item(0).getTextContent();
            return new Request(connection, verb.getLocalName(), object == null ? "" : object.getLocalName(), clTRID,
                    doc, raw);
        } catch (Exception e) {
            throw new IllegalStateException("test peer got an unreadable frame", e);
        }
    }

    private static Element firstChild(Element parent) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                return e;
            }
        }
        return null;
    }

    @Override
    public void close() throws Exception {
        server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }

    /** One client connection, for scripts. */
    final class Connection {
        final int number;
        final NetSocket socket;

        Connection(int number, NetSocket socket) {
            this.number = number;
            this.socket = socket;
        }

        void send(String xml) {
            socket.write(FrameDecoder.encode(xml.getBytes(StandardCharsets.UTF_8)));
        }

        void sendRaw(Buffer bytes) {
            socket.write(bytes);
        }

        /** Answers with a plain result, echoing the clTRID (or answers a hello with the greeting). */
        void answer(Request request, int code) {
            outstanding.get(number).decrementAndGet();
            if (request.verb.equals("hello")) {
                send(greeting());
                return;
            }
            send(response(request.clTRID, code));
            if (request.verb.equals("logout") || code >= 2500) {
                vertx.setTimer(20, t -> socket.close());
            }
        }

        void close() {
            socket.close();
        }
    }

    static String response(String clTRID, int code) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><epp xmlns=\"" + EPP + "\"><response><result code=\""
                + code + "\"><msg>code " + code + "</msg></result><trID>"
                + (clTRID == null ? "" : "<clTRID>" + clTRID + "</clTRID>")
                + "<svTRID>SV-" + code + "-" + System.nanoTime() + "</svTRID></trID></response></epp>";
    }
}
