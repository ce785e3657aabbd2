package com.ophos.registrar.dns;

import com.ophos.registrar.dns.powerdns.PdnsServer;
import com.ophos.registrar.dns.powerdns.PowerDns;
import com.ophos.registrar.dns.powerdns.PowerDnsException;
import io.smallrye.health.api.Wellness;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

/**
 * Reports whether the PowerDNS API answers. A wellness check, not readiness: without DNS only the
 * DNS operations fail, the gateway still registers domains, so traffic must not be taken away.
 */
@Wellness
@ApplicationScoped
public class DnsHealthCheck implements HealthCheck {
    private final PowerDns powerDns;

    public DnsHealthCheck(PowerDns powerDns) {
        this.powerDns = powerDns;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            PdnsServer server = powerDns.server();
            return HealthCheckResponse.named("powerdns").up()
                    .withData("daemon", String.valueOf(server.daemonType()))
                    .withData("version", String.valueOf(server.version()))
                    .build();
        } catch (PowerDnsException down) {
            return HealthCheckResponse.named("powerdns").down().withData("error", down.getMessage()).build();
        }
    }
}
