package com.ophos.registrar.dns;

/** The outcome of provisioning: {@code created} is false when the zone already existed. */
public record ProvisionedZone(ZoneName zone, boolean created) {
}
