-- DNS part (issue 8). Zones exported before release (R15, R21) and web access stopped for a
-- dispute or a content violation (R3, R22). Domains and contracts belong to the core: plain ids.

CREATE SEQUENCE zone_archives_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE zone_archives (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    zone_name     VARCHAR(255)             NOT NULL,
    domain        VARCHAR(255)             NOT NULL,
    contract_id   BIGINT,
    exported_text TEXT                     NOT NULL,
    record_count  INTEGER                  NOT NULL,
    sha256        VARCHAR(64)              NOT NULL,
    exported_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX zone_archives_zone_name ON zone_archives (zone_name);

CREATE SEQUENCE web_access_suspensions_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE web_access_suspensions (
    id            BIGINT                   NOT NULL PRIMARY KEY,
    zone_name     VARCHAR(255)             NOT NULL,
    domain        VARCHAR(255)             NOT NULL,
    reason        VARCHAR(1000)            NOT NULL,
    saved_records TEXT                     NOT NULL,
    suspended_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    restored_at   TIMESTAMP WITH TIME ZONE
);

CREATE INDEX web_access_suspensions_zone_name ON web_access_suspensions (zone_name);
