package com.ophos.registrar.dns;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Stores zone archives, each write in its own transaction: an archive must be committed before the
 * zone it saves is deleted, whatever transaction the caller runs in.
 */
@ApplicationScoped
public class ZoneArchives {
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ZoneArchive store(ZoneExport export, Long contractId) {
        ZoneArchive archive = ZoneArchive.of(export, contractId, DnsClock.now());
        archive.persist();
        return archive;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ZoneArchive markReleased(Long archiveId) {
        ZoneArchive archive = ZoneArchive.findById(archiveId);
        if (archive.releasedAt == null) {
            archive.releasedAt = DnsClock.now();
        }
        return archive;
    }

    @Transactional
    public Optional<ZoneArchive> latest(ZoneName zone) {
        return ZoneArchive.latest(zone);
    }
}
