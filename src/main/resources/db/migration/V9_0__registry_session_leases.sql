-- Registry session leases (issue 5): a registry's session limit is account-wide, so the gateway
-- instances sharing one database share it out. One lock row per registry serialises the share-out;
-- one lease row per (registry, instance) holds that instance's sessions until it expires (a dead
-- instance's share returns once its lease has expired). Portable SQL: H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE TABLE registry_session_limits (
    registry_id   VARCHAR(64) PRIMARY KEY,
    max_sessions  INTEGER NOT NULL
);

CREATE TABLE registry_session_leases (
    registry_id   VARCHAR(64) NOT NULL,
    instance_id   VARCHAR(128) NOT NULL,
    sessions      INTEGER NOT NULL,
    expires_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registry_id, instance_id)
);
