package com.ophos.registrar.dns;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * Stores web access suspensions, each write committed on its own: the saved records must be safe
 * before the zone is changed, and a restore is recorded only once the records are back.
 */
@ApplicationScoped
public class WebAccessSuspensions {
    private final ObjectMapper json;

    public WebAccessSuspensions(ObjectMapper json) {
        this.json = json;
    }

    @Transactional
    public Optional<WebAccessSuspension> active(ZoneName zone) {
        return WebAccessSuspension.active(zone);
    }

    @Transactional
    public Optional<WebAccessSuspension> latest(ZoneName zone) {
        return WebAccessSuspension.latest(zone);
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public WebAccessSuspension open(ZoneName zone, String reason, WebRecords saved) {
        WebAccessSuspension suspension = new WebAccessSuspension();
        suspension.zoneName = zone.value();
        suspension.domain = zone.domain();
        suspension.reason = reason;
        suspension.savedRecords = write(saved);
        suspension.suspendedAt = DnsClock.now();
        suspension.persist();
        return suspension;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public WebAccessSuspension close(Long suspensionId) {
        WebAccessSuspension suspension = WebAccessSuspension.findById(suspensionId);
        if (suspension.restoredAt == null) {
            suspension.restoredAt = DnsClock.now();
        }
        return suspension;
    }

    WebRecords saved(WebAccessSuspension suspension) {
        try {
            return json.readValue(suspension.savedRecords, WebRecords.class);
        } catch (JsonProcessingException corrupt) {
            throw new IllegalStateException("saved records of suspension " + suspension.id + " do not parse", corrupt);
        }
    }

    private String write(WebRecords saved) {
        try {
            return json.writeValueAsString(saved);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
