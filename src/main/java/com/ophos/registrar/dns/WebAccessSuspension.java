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
 * A customer's web site pointed to the company's suspension page, for a dispute (R3) or a content
 * violation (R22), with the records it had before ({@code savedRecords}, JSON) so that it can be put
 * back exactly. Active while {@code restoredAt} is null. The rows are the DNS part's audit trail.
 */
@Entity
@Table(name = "web_access_suspensions")
public class WebAccessSuspension extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "web_access_suspensions_seq")
    @SequenceGenerator(name = "web_access_suspensions_seq", sequenceName = "web_access_suspensions_seq",
            allocationSize = 50)
    public Long id;

    @Column(name = "zone_name", nullable = false)
    public String zoneName;

    @Column(nullable = false)
    public String domain;

    @Column(nullable = false, length = 1000)
    public String reason;

    @Column(name = "saved_records", nullable = false, columnDefinition = "TEXT")
    public String savedRecords;

    @Column(name = "suspended_at", nullable = false)
    public OffsetDateTime suspendedAt;

    @Column(name = "restored_at")
    public OffsetDateTime restoredAt;

    public static Optional<WebAccessSuspension> active(ZoneName zone) {
        return find("zoneName = ?1 and restoredAt is null", zone.value()).firstResultOptional();
    }

    public static Optional<WebAccessSuspension> latest(ZoneName zone) {
        return find("zoneName = ?1 order by suspendedAt desc, id desc", zone.value()).firstResultOptional();
    }

    public boolean isActive() {
        return restoredAt == null;
    }
}
