package com.ophos.registrar.dns;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.List;
import java.util.Map;

/** The gateway on an in-memory H2 database, talking to a private PowerDNS started for the tests. */
public class PowerDnsTestProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return DnsTestDatabase.H2;
    }

    @Override
    public List<TestResourceEntry> testResources() {
        return List.of(new TestResourceEntry(PowerDnsResource.class));
    }
}
