-- The renewal run finds due contracts with their domain (contract_id) and settles poll notices by
-- name: without these, 10,000 due contracts made the due query a nested scan that outran the
-- transaction timeout (measured: 10,000-name renewal benchmark, H2).
CREATE INDEX domains_contract_idx ON domains (contract_id);
CREATE INDEX contract_status_term_ix ON contract (status, term_ends_at);
CREATE INDEX operations_domain_idx ON operations (domain);

-- Keys the gateway derives from a caller's Idempotency-Key (at most 255 characters): a renewal's
-- next attempt ("#2") and a contact change's holder change per domain ("#holder:" + up to 253).
ALTER TABLE operations ALTER COLUMN idempotency_key SET DATA TYPE VARCHAR(600);
