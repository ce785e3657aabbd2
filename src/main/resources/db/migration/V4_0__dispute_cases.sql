-- Dispute cases (R3 third-party claims, R22 illegal content) and their timeline.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE SEQUENCE dispute_cases_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dispute_cases (
    id                   BIGINT PRIMARY KEY,
    domain               VARCHAR(253) NOT NULL,
    registry_id          VARCHAR(64) NOT NULL,
    customer_id          BIGINT NOT NULL,
    contract_id          BIGINT,
    kind                 VARCHAR(32) NOT NULL,
    claimant             VARCHAR(255),
    grounds              TEXT NOT NULL,
    documents            TEXT,
    deadline             TIMESTAMP WITH TIME ZONE,
    state                VARCHAR(16) NOT NULL,
    -- A step that failed and can be retried with the same action; NULL when none is pending.
    failed_step          VARCHAR(16),
    failure              TEXT,
    -- Registry client statuses this case added (comma-separated): reject lifts only these.
    locks_added          VARCHAR(255) NOT NULL,
    hold_added           BOOLEAN NOT NULL,
    dns_suspended        BOOLEAN NOT NULL,
    frozen_at            TIMESTAMP WITH TIME ZONE,
    hand_over_mode       VARCHAR(32),
    handed_over_to       VARCHAR(255),
    handed_over_at       TIMESTAMP WITH TIME ZONE,
    auth_info_encrypted  TEXT,
    opened_by            VARCHAR(128) NOT NULL,
    opened_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at            TIMESTAMP WITH TIME ZONE,
    version              BIGINT NOT NULL
);
CREATE INDEX dispute_cases_domain_idx ON dispute_cases (domain);
CREATE INDEX dispute_cases_state_idx ON dispute_cases (state);

CREATE SEQUENCE dispute_steps_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE dispute_steps (
    id              BIGINT PRIMARY KEY,
    case_id         BIGINT NOT NULL REFERENCES dispute_cases (id),
    at              TIMESTAMP WITH TIME ZONE NOT NULL,
    actor           VARCHAR(128) NOT NULL,
    action          VARCHAR(32) NOT NULL,
    command         VARCHAR(64),
    outcome         VARCHAR(16) NOT NULL,
    reason          TEXT,
    detail          TEXT,
    state_after     VARCHAR(16) NOT NULL,
    result_code     INTEGER,
    result_message  TEXT,
    cltrid          VARCHAR(64),
    svtrid          VARCHAR(64)
);
CREATE INDEX dispute_steps_case_idx ON dispute_steps (case_id);
