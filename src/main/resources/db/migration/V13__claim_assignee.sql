-- Who on the desk is to check a claim (the claim queue, ClaimQueue); null while nobody is. A name as reviewers sign
-- their changes, not a login: a folder ledger has no logins. Standard SQL, like V1, for H2 and the PostgreSQL ledger.

ALTER TABLE claim ADD COLUMN assignee VARCHAR(200);
