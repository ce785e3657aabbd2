-- Scheduled runs, session 2 (issue 8): who suspended or resumed a contract (a scheduler run as
-- "scheduler:run-<id>", or the support user), and termination notices sent late after a missed day.
-- Rows written before this migration keep a NULL actor: nobody recorded it then.
ALTER TABLE contract_suspension ADD COLUMN suspended_by VARCHAR(128);
ALTER TABLE contract_suspension ADD COLUMN resumed_by VARCHAR(128);
ALTER TABLE termination_notices ADD COLUMN late BOOLEAN DEFAULT FALSE NOT NULL;
