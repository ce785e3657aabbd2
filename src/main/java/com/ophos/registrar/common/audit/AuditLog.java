package com.ophos.registrar.common.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/** Appends audit events inside the caller's transaction, so an event exists iff its change does. */
@ApplicationScoped
public class AuditLog {
    private final ObjectMapper json;
    private final Clock clock;

    public AuditLog(ObjectMapper json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String actor, String action, String subject, Map<String, ?> detail,
                             String clTRID, String svTRID) {
        AuditEvent event = new AuditEvent();
        event.at = Instant.now(clock);
        event.actor = actor;
        event.action = action;
        event.subject = subject;
        event.detail = toJson(detail);
        event.clTRID = clTRID;
        event.svTRID = svTRID;
        event.persist();
        return event;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public AuditEvent record(String actor, String action, String subject, Map<String, ?> detail) {
        return record(actor, action, subject, detail, null, null);
    }

    private String toJson(Map<String, ?> detail) {
        try {
            return json.writeValueAsString(detail);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit detail is not serialisable", e);
        }
    }
}
