-- Issue 6: a registry charge is keyed by (operation_id, kind) alone. The svTRID stays a stored
-- reference: a registry that reuses one for another operation must not make us drop a charge.
ALTER TABLE ledger_entry DROP CONSTRAINT ledger_entry_registry_trid_uk;

CREATE INDEX ledger_entry_registry_trid_ix ON ledger_entry (registry_id, sv_trid);
