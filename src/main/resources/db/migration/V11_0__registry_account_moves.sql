-- R24: a domain moved between two registrar accounts at the same registry (support action).
-- One row per move, written before anything is sent: the clTRID of the command in flight is on
-- record first, so a retry after a crash reconciles with the registry instead of starting over.
CREATE SEQUENCE account_moves_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE account_moves (
    id               BIGINT       NOT NULL PRIMARY KEY,
    domain           VARCHAR(255) NOT NULL,
    registry_id      VARCHAR(64)  NOT NULL,
    from_account     VARCHAR(64)  NOT NULL,
    to_account       VARCHAR(64)  NOT NULL,
    contract_id      BIGINT,
    state            VARCHAR(16)  NOT NULL,
    actor            VARCHAR(255) NOT NULL,
    reason           TEXT         NOT NULL,
    sending_step     VARCHAR(16),
    sending_cltrid   VARCHAR(64),
    request_cltrid   VARCHAR(64),
    request_svtrid   VARCHAR(64),
    approve_cltrid   VARCHAR(64),
    approve_svtrid   VARCHAR(64),
    failure          TEXT,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at      TIMESTAMP WITH TIME ZONE
);

CREATE INDEX account_moves_domain ON account_moves (domain);
