-- A claim's version counts its saves, so a save made from an older read can be refused instead of silently
-- overwriting a colleague's (optimistic locking; LedgerStore.updateClaim). Existing claims start at 0. Standard
-- SQL, like V1, for H2 and the PostgreSQL ledger.

ALTER TABLE claim ADD COLUMN version INTEGER DEFAULT 0 NOT NULL;
