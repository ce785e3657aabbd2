package com.ophos.registrar.dns;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;

/** Counters of the DNS part, exported with the gateway's Prometheus metrics. */
@ApplicationScoped
public class DnsMetrics {
    private final MeterRegistry registry;
    private final Counter provisioned;
    private final Counter released;
    private final Counter exported;

    public DnsMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.provisioned = registry.counter("registrar.dns.zones.provisioned");
        this.released = registry.counter("registrar.dns.zones.released");
        this.exported = registry.counter("registrar.dns.zones.exported");
    }

    void provisioned() {
        provisioned.increment();
    }

    void released() {
        released.increment();
    }

    void exported() {
        exported.increment();
    }

    /** One failed DNS operation, by name: provision, export, release, web-access-stop, web-access-restore. */
    void failed(String operation) {
        registry.counter("registrar.dns.failures", "operation", operation).increment();
    }
}
