-- The action running on a case, so two support users never interleave registry commands on one name.
ALTER TABLE dispute_cases ADD COLUMN busy_action VARCHAR(16);
ALTER TABLE dispute_cases ADD COLUMN busy_since TIMESTAMP WITH TIME ZONE;
