-- Core schema: customers, contacts, domains, the operations journal and audit events.
-- Portable SQL: runs unchanged on H2 (MODE=PostgreSQL) and PostgreSQL.

CREATE SEQUENCE customers_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE customers (
    id          BIGINT PRIMARY KEY,
    name        VARCHAR(255) NOT NULL,
    email       VARCHAR(255) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE SEQUENCE contacts_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE contacts (
    id                  BIGINT PRIMARY KEY,
    customer_id         BIGINT NOT NULL,
    kind                VARCHAR(16) NOT NULL,
    name                VARCHAR(255) NOT NULL,
    organization        VARCHAR(255),
    email               VARCHAR(255) NOT NULL,
    phone               VARCHAR(32) NOT NULL,
    street1             VARCHAR(255) NOT NULL,
    street2             VARCHAR(255),
    street3             VARCHAR(255),
    city                VARCHAR(255) NOT NULL,
    postal_code         VARCHAR(16) NOT NULL,
    country_code        VARCHAR(2) NOT NULL,
    legal_form          VARCHAR(16),
    legal_siren         VARCHAR(9),
    legal_siret         VARCHAR(14),
    legal_vat           VARCHAR(32),
    legal_rna           VARCHAR(10),
    legal_duns          VARCHAR(9),
    legal_trademark     VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX contacts_customer_idx ON contacts (customer_id);

-- The handle each registry knows a contact by (AFNIC assigns its own).
CREATE TABLE contact_registry_handles (
    contact_id   BIGINT NOT NULL REFERENCES contacts (id),
    registry_id  VARCHAR(64) NOT NULL,
    handle       VARCHAR(64) NOT NULL,
    PRIMARY KEY (contact_id, registry_id)
);

CREATE SEQUENCE domains_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE domains (
    id                  BIGINT PRIMARY KEY,
    name                VARCHAR(253) NOT NULL,
    unicode_name        VARCHAR(1024) NOT NULL,
    registry_id         VARCHAR(64) NOT NULL,
    customer_id         BIGINT NOT NULL,
    contract_id         BIGINT,
    holder_contact_id   BIGINT NOT NULL,
    admin_contact_id    BIGINT,
    auth_info_encrypted TEXT NOT NULL,
    operation_id        BIGINT,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at          TIMESTAMP WITH TIME ZONE,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT domains_name_uk UNIQUE (name)
);
CREATE INDEX domains_customer_idx ON domains (customer_id);

CREATE TABLE domain_statuses (
    domain_id  BIGINT NOT NULL REFERENCES domains (id),
    status     VARCHAR(64) NOT NULL,
    PRIMARY KEY (domain_id, status)
);

CREATE TABLE domain_tech_contacts (
    domain_id   BIGINT NOT NULL REFERENCES domains (id),
    position    INTEGER NOT NULL,
    contact_id  BIGINT NOT NULL,
    PRIMARY KEY (domain_id, position)
);

CREATE TABLE domain_nameservers (
    domain_id  BIGINT NOT NULL REFERENCES domains (id),
    position   INTEGER NOT NULL,
    hostname   VARCHAR(253) NOT NULL,
    PRIMARY KEY (domain_id, position)
);

-- The operations journal: a row (with its clTRID) is committed before the registry is called.
CREATE SEQUENCE operations_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE operations (
    id               BIGINT PRIMARY KEY,
    kind             VARCHAR(32) NOT NULL,
    state            VARCHAR(16) NOT NULL,
    principal        VARCHAR(128) NOT NULL,
    customer_id      BIGINT,
    domain           VARCHAR(253),
    registry_id      VARCHAR(64),
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     VARCHAR(64) NOT NULL,
    cltrid           VARCHAR(64) NOT NULL,
    svtrid           VARCHAR(64),
    intent           TEXT NOT NULL,
    result_code      INTEGER,
    result_message   TEXT,
    attempts         INTEGER NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    started_at       TIMESTAMP WITH TIME ZONE,
    finished_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT operations_idempotency_uk UNIQUE (principal, idempotency_key),
    CONSTRAINT operations_cltrid_uk UNIQUE (cltrid)
);
CREATE INDEX operations_state_idx ON operations (state);

CREATE SEQUENCE audit_events_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE audit_events (
    id         BIGINT PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    actor      VARCHAR(128) NOT NULL,
    action     VARCHAR(64) NOT NULL,
    subject    VARCHAR(255) NOT NULL,
    detail     TEXT,
    cltrid     VARCHAR(64),
    svtrid     VARCHAR(64)
);
CREATE INDEX audit_events_subject_idx ON audit_events (subject);
