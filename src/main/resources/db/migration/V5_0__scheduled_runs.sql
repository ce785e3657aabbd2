-- Scheduled runs (issue 8): run history, per-item claims and outcomes, termination notices,
-- registry poll messages, account closures; and the Quartz JDBC job store (clustered mode).
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL. Other areas' rows
-- (contracts, domains, customers) are referenced by plain ids.

CREATE SEQUENCE job_runs_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE job_runs (
    id            BIGINT PRIMARY KEY,
    kind          VARCHAR(32) NOT NULL,
    period_key    VARCHAR(64) NOT NULL,
    trigger_kind  VARCHAR(16) NOT NULL,
    requested_by  VARCHAR(128) NOT NULL,
    instance_id   VARCHAR(128),
    state         VARCHAR(16) NOT NULL,
    due           INTEGER NOT NULL,
    done          INTEGER NOT NULL,
    skipped       INTEGER NOT NULL,
    failed        INTEGER NOT NULL,
    error         TEXT,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE,
    finished_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX job_runs_kind_created_idx ON job_runs (kind, created_at);

-- One claim per (run kind, period, item): two instances, or a rerun, never work on one item twice.
CREATE TABLE job_item_claims (
    kind          VARCHAR(32) NOT NULL,
    period_key    VARCHAR(64) NOT NULL,
    item_key      VARCHAR(300) NOT NULL,
    state         VARCHAR(16) NOT NULL,
    run_id        BIGINT NOT NULL,
    claimed_by    VARCHAR(128) NOT NULL,
    lease_until   TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts      INTEGER NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT job_item_claims_pk PRIMARY KEY (kind, period_key, item_key)
);

CREATE SEQUENCE job_run_outcomes_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE job_run_outcomes (
    id        BIGINT PRIMARY KEY,
    run_id    BIGINT NOT NULL REFERENCES job_runs (id),
    item_key  VARCHAR(300) NOT NULL,
    outcome   VARCHAR(16) NOT NULL,
    detail    TEXT,
    at        TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX job_run_outcomes_run_idx ON job_run_outcomes (run_id);

-- R15: one notice per contract and day before its end (D-5..D-1).
CREATE SEQUENCE termination_notices_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE termination_notices (
    id           BIGINT PRIMARY KEY,
    contract_id  BIGINT NOT NULL,
    customer_id  BIGINT NOT NULL,
    days_before  INTEGER NOT NULL,
    recipient    VARCHAR(255) NOT NULL,
    subject      VARCHAR(255) NOT NULL,
    ends_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT termination_notices_uk UNIQUE (contract_id, days_before)
);

-- Every registry poll message, stored before it is acknowledged.
CREATE SEQUENCE registry_poll_messages_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE registry_poll_messages (
    id            BIGINT PRIMARY KEY,
    registry_id   VARCHAR(64) NOT NULL,
    message_id    VARCHAR(128) NOT NULL,
    queued_at     TIMESTAMP WITH TIME ZONE,
    text          TEXT,
    domain        VARCHAR(253),
    cltrid        VARCHAR(64),
    settled_code  INTEGER,
    raw_xml       TEXT,
    received_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    processed_at  TIMESTAMP WITH TIME ZONE,
    acked_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT registry_poll_messages_uk UNIQUE (registry_id, message_id)
);

-- R15 D+1: the account closed, with what happened to the zone (archive) and the registry object.
CREATE SEQUENCE account_closures_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE account_closures (
    id               BIGINT PRIMARY KEY,
    contract_id      BIGINT NOT NULL,
    customer_id      BIGINT NOT NULL,
    domain           VARCHAR(253) NOT NULL,
    zone_archive_id  BIGINT,
    registry_outcome VARCHAR(32) NOT NULL,
    closed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_closures_contract_uk UNIQUE (contract_id)
);

-- Quartz 2.x JDBC job store. Blobs are BYTEA (H2 accepts it as BINARY VARYING), read by Quarkus'
-- PostgreSQL delegate on PostgreSQL and its HSQLDB delegate on H2.
CREATE TABLE qrtz_job_details (
    sched_name        VARCHAR(120) NOT NULL,
    job_name          VARCHAR(200) NOT NULL,
    job_group         VARCHAR(200) NOT NULL,
    description       VARCHAR(250),
    job_class_name    VARCHAR(250) NOT NULL,
    is_durable        BOOLEAN NOT NULL,
    is_nonconcurrent  BOOLEAN NOT NULL,
    is_update_data    BOOLEAN NOT NULL,
    requests_recovery BOOLEAN NOT NULL,
    job_data          BYTEA,
    PRIMARY KEY (sched_name, job_name, job_group)
);

CREATE TABLE qrtz_triggers (
    sched_name     VARCHAR(120) NOT NULL,
    trigger_name   VARCHAR(200) NOT NULL,
    trigger_group  VARCHAR(200) NOT NULL,
    job_name       VARCHAR(200) NOT NULL,
    job_group      VARCHAR(200) NOT NULL,
    description    VARCHAR(250),
    next_fire_time BIGINT,
    prev_fire_time BIGINT,
    priority       INTEGER,
    trigger_state  VARCHAR(16) NOT NULL,
    trigger_type   VARCHAR(8) NOT NULL,
    start_time     BIGINT NOT NULL,
    end_time       BIGINT,
    calendar_name  VARCHAR(200),
    misfire_instr  SMALLINT,
    job_data       BYTEA,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, job_name, job_group) REFERENCES qrtz_job_details (sched_name, job_name, job_group)
);

CREATE TABLE qrtz_simple_triggers (
    sched_name      VARCHAR(120) NOT NULL,
    trigger_name    VARCHAR(200) NOT NULL,
    trigger_group   VARCHAR(200) NOT NULL,
    repeat_count    BIGINT NOT NULL,
    repeat_interval BIGINT NOT NULL,
    times_triggered BIGINT NOT NULL,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE qrtz_cron_triggers (
    sched_name      VARCHAR(120) NOT NULL,
    trigger_name    VARCHAR(200) NOT NULL,
    trigger_group   VARCHAR(200) NOT NULL,
    cron_expression VARCHAR(120) NOT NULL,
    time_zone_id    VARCHAR(80),
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE qrtz_simprop_triggers (
    sched_name    VARCHAR(120) NOT NULL,
    trigger_name  VARCHAR(200) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    str_prop_1    VARCHAR(512),
    str_prop_2    VARCHAR(512),
    str_prop_3    VARCHAR(512),
    int_prop_1    INTEGER,
    int_prop_2    INTEGER,
    long_prop_1   BIGINT,
    long_prop_2   BIGINT,
    dec_prop_1    NUMERIC(13,4),
    dec_prop_2    NUMERIC(13,4),
    bool_prop_1   BOOLEAN,
    bool_prop_2   BOOLEAN,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE qrtz_blob_triggers (
    sched_name    VARCHAR(120) NOT NULL,
    trigger_name  VARCHAR(200) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    blob_data     BYTEA,
    PRIMARY KEY (sched_name, trigger_name, trigger_group),
    FOREIGN KEY (sched_name, trigger_name, trigger_group) REFERENCES qrtz_triggers (sched_name, trigger_name, trigger_group)
);

CREATE TABLE qrtz_calendars (
    sched_name    VARCHAR(120) NOT NULL,
    calendar_name VARCHAR(200) NOT NULL,
    calendar      BYTEA NOT NULL,
    PRIMARY KEY (sched_name, calendar_name)
);

CREATE TABLE qrtz_paused_trigger_grps (
    sched_name    VARCHAR(120) NOT NULL,
    trigger_group VARCHAR(200) NOT NULL,
    PRIMARY KEY (sched_name, trigger_group)
);

CREATE TABLE qrtz_fired_triggers (
    sched_name        VARCHAR(120) NOT NULL,
    entry_id          VARCHAR(95) NOT NULL,
    trigger_name      VARCHAR(200) NOT NULL,
    trigger_group     VARCHAR(200) NOT NULL,
    instance_name     VARCHAR(200) NOT NULL,
    fired_time        BIGINT NOT NULL,
    sched_time        BIGINT NOT NULL,
    priority          INTEGER NOT NULL,
    state             VARCHAR(16) NOT NULL,
    job_name          VARCHAR(200),
    job_group         VARCHAR(200),
    is_nonconcurrent  BOOLEAN,
    requests_recovery BOOLEAN,
    PRIMARY KEY (sched_name, entry_id)
);

CREATE TABLE qrtz_scheduler_state (
    sched_name        VARCHAR(120) NOT NULL,
    instance_name     VARCHAR(200) NOT NULL,
    last_checkin_time BIGINT NOT NULL,
    checkin_interval  BIGINT NOT NULL,
    PRIMARY KEY (sched_name, instance_name)
);

CREATE TABLE qrtz_locks (
    sched_name VARCHAR(120) NOT NULL,
    lock_name  VARCHAR(40) NOT NULL,
    PRIMARY KEY (sched_name, lock_name)
);

CREATE INDEX qrtz_j_req_recovery_idx ON qrtz_job_details (sched_name, requests_recovery);
CREATE INDEX qrtz_t_next_fire_time_idx ON qrtz_triggers (sched_name, next_fire_time);
CREATE INDEX qrtz_t_state_idx ON qrtz_triggers (sched_name, trigger_state);
CREATE INDEX qrtz_ft_inst_name_idx ON qrtz_fired_triggers (sched_name, instance_name);
