package com.ophos.registrar.dns;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The gateway on an in-memory H2 database, talking to a private PowerDNS started for the tests. */
public class PowerDnsTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(DnsTestDatabase.H2);
        // Other test runs share this machine: never collide on the default test port.
        config.put("quarkus.http.test-port", "0");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PowerDnsResource.class));
    }
}
