package com.ophos.registrar.dns;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.HashMap;
import java.util.Map;

/** The gateway as in its default run: no PowerDNS listening anywhere it looks. */
public class NoPowerDnsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        int closedPort = closedPort();
        Map<String, String> config = new HashMap<>(DnsTestDatabase.H2);
        config.put("quarkus.http.test-port", "0");
        config.put("quarkus.rest-client.powerdns.url", "http://127.0.0.1:" + closedPort);
        config.put("registrar.dns.port", String.valueOf(closedPort));
        return config;
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
