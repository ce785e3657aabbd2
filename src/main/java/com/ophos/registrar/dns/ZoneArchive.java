package com.ophos.registrar.dns;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A zone exported before its release (R15, R21): the master-file text as transferred by AXFR, with
 * its record count and SHA-256 so that the copy can be checked later. {@code releasedAt} is set once
 * the zone is gone from the company's DNS.
 */
@Entity
@Table(name = "zone_archives")
public class ZoneArchive extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "zone_archives_seq")
    @SequenceGenerator(name = "zone_archives_seq", sequenceName = "zone_archives_seq", allocationSize = 50)
    public Long id;

    @Column(name = "zone_name", nullable = false)
    public String zoneName;

    @Column(nullable = false)
    public String domain;

    @Column(name = "contract_id")
    public Long contractId;

    @Column(name = "exported_text", nullable = false, columnDefinition = "TEXT")
    public String exportedText;

    @Column(name = "record_count", nullable = false)
    public int recordCount;

    @Column(nullable = false, length = 64)
    public String sha256;

    @Column(name = "exported_at", nullable = false)
    public OffsetDateTime exportedAt;

    @Column(name = "released_at")
    public OffsetDateTime releasedAt;

    static ZoneArchive of(ZoneExport export, Long contractId, OffsetDateTime exportedAt) {
        ZoneArchive archive = new ZoneArchive();
        archive.zoneName = export.zone().value();
        archive.domain = export.zone().domain();
        archive.contractId = contractId;
        archive.exportedText = export.masterFile();
        archive.recordCount = export.recordCount();
        archive.sha256 = export.sha256();
        archive.exportedAt = exportedAt;
        return archive;
    }

    /** The most recent archive of the zone, released or not. */
    public static Optional<ZoneArchive> latest(ZoneName zone) {
        return find("zoneName = ?1 order by exportedAt desc, id desc", zone.value()).firstResultOptional();
    }

    public boolean released() {
        return releasedAt != null;
    }
}
