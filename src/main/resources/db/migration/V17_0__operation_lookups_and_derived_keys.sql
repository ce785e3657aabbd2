-- Poll notices and transfer reconciliation look operations up by domain name.
CREATE INDEX operations_domain_idx ON operations (domain);

-- Keys the gateway derives from a caller's Idempotency-Key (at most 255 characters): a renewal's
-- next attempt ("#2") and a contact change's holder change per domain ("#holder:" + up to 253).
ALTER TABLE operations ALTER COLUMN idempotency_key SET DATA TYPE VARCHAR(600);
