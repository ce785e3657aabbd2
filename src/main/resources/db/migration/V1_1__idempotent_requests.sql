-- Idempotency of creates that are not registry operations (customers, contacts): the key, the
-- request's hash and what it created. Domain creates use the operations journal instead.
CREATE SEQUENCE idempotent_requests_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE idempotent_requests (
    id               BIGINT PRIMARY KEY,
    principal        VARCHAR(128) NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     VARCHAR(64) NOT NULL,
    resource_kind    VARCHAR(32) NOT NULL,
    resource_id      BIGINT NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT idempotent_requests_uk UNIQUE (principal, idempotency_key)
);
