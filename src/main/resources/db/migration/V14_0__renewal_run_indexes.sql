-- The renewal run finds each due contract's domain by contract id (issue 8): without this index
-- the join of 10,000 due contracts to their domains scanned the domains table once per contract.
CREATE INDEX domains_contract_idx ON domains (contract_id);
-- Due contracts are listed by status and term end.
CREATE INDEX contract_status_term_ix ON contract (status, term_ends_at);
