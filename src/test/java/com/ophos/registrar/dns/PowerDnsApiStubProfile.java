package com.ophos.registrar.dns;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The gateway with its PowerDNS API replaced by {@link PowerDnsApiStub}. */
public class PowerDnsApiStubProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> config = new HashMap<>(DnsTestDatabase.H2);
        config.put("quarkus.http.test-port", "0");
        return config;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PowerDnsApiStub.class));
    }
}
