-- R24 (issue 6): the gaining account's transfer is charged by the registry; the fee it reported, or
-- the one quoted and echoed with the request, is kept with the move until the move is done.
ALTER TABLE account_moves ADD COLUMN transfer_fee NUMERIC(19,2);
ALTER TABLE account_moves ADD COLUMN transfer_currency VARCHAR(3);
