package com.ophos.registrar.dns;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.core.WireMockConfiguration;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * A WireMock stand-in for the PowerDNS HTTP API, only to provoke the error answers a real server
 * gives rarely (5xx, timeouts, resets). Injected into the test's {@link WireMockServer} field.
 */
public class PowerDnsApiStub implements QuarkusTestResourceLifecycleManager {
    static final String API_KEY = "stub-api-key";

    private WireMockServer wireMock;

    @Override
    public Map<String, String> start() {
        wireMock = new WireMockServer(WireMockConfiguration.options().bindAddress("127.0.0.1").dynamicPort());
        wireMock.start();
        return Map.of(
                "quarkus.rest-client.powerdns.url", "http://127.0.0.1:" + wireMock.port(),
                "quarkus.rest-client.powerdns.read-timeout", "3000",
                "registrar.dns.api-key", API_KEY);
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(wireMock, new TestInjector.MatchesType(WireMockServer.class));
    }

    @Override
    public void stop() {
        if (wireMock != null) {
            wireMock.stop();
        }
    }
}
