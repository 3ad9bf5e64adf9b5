-- The end of a change ("fell from $2,415 to $2,315") records where the figure it changed from starts, so the two
-- stay linked in the ledger as they are in `figures --json`. Null for every other figure. V11 leaves room for
-- main's V9/V10, added while this branch was open. Standard SQL, like V1, for H2 and the PostgreSQL ledger.

ALTER TABLE figure ADD COLUMN change_from INTEGER;
