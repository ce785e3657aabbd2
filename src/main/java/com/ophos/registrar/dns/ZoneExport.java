package com.ophos.registrar.dns;

/** A zone as transferred by AXFR, in master-file form (RFC 1035 §5), one record a line, SOA first. */
public record ZoneExport(ZoneName zone, String masterFile, int recordCount, String sha256) {
}
