-- The desk's roles and rules on PostgreSQL, installed by `claimdesk desk init` after the migrations. Not a Flyway
-- migration: an H2 ledger runs the same migrations and knows no roles or row-level security. Every statement may
-- run again, so init can be repeated (after an upgrade adds tables, it must be). Run by the tables' owner, who
-- bypasses row-level security. Roles belong to the whole server, grants and policies to this database.

-- NOLOGIN groups; a person's login is made a member by `claimdesk desk add-user`. An editor is also a reviewer,
-- so the grants below are made once, to reviewers.
DO $$
BEGIN
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimdesk_reviewer') THEN
        CREATE ROLE claimdesk_reviewer NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'claimdesk_editor') THEN
        CREATE ROLE claimdesk_editor NOLOGIN;
    END IF;
END
$$;
GRANT claimdesk_reviewer TO claimdesk_editor;

-- The work tables: every table the migrations create except the audit trail, the second reviews and Flyway's
-- history. DeskRolesTest fails when a migration adds a table that is missing here.
GRANT SELECT, INSERT, UPDATE, DELETE ON article, claim, claim_tag, figure, source, claim_source, attachment,
    source_attachment, finding, finding_ref, measure_alias, measure_split TO claimdesk_reviewer;

-- The audit trail is written once and never changed, by anyone the desk has let in.
GRANT SELECT, INSERT ON audit_entry TO claimdesk_reviewer;
REVOKE UPDATE, DELETE, TRUNCATE ON audit_entry FROM PUBLIC, claimdesk_reviewer, claimdesk_editor;

-- A second review is a record of what a reviewer decided, kept for the agreement rate: written once, like the
-- audit trail. Deleting a claim still removes its reviews: PostgreSQL runs ON DELETE CASCADE as the table's owner.
GRANT SELECT, INSERT ON claim_review TO claimdesk_reviewer;
REVOKE UPDATE, DELETE, TRUNCATE ON claim_review FROM PUBLIC, claimdesk_reviewer, claimdesk_editor;

-- Logins read the history to see that the schema is up to date (DeskSchema); only the owner migrates.
GRANT SELECT ON flyway_schema_history TO claimdesk_reviewer;
REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON flyway_schema_history FROM PUBLIC, claimdesk_reviewer, claimdesk_editor;

-- Publishing is the editor's: a reviewer may neither write a Published claim (status holds ClaimStatus names)
-- nor change or delete one. Permissive policies add up, so the editor's all-rows policy lifts the limits for
-- editors, who are reviewers too. A row a policy hides from UPDATE or DELETE is skipped without an error; the
-- store checks the count (DeskRefusals).
ALTER TABLE claim ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS claim_reviewer_read ON claim;
CREATE POLICY claim_reviewer_read ON claim FOR SELECT TO claimdesk_reviewer USING (true);
DROP POLICY IF EXISTS claim_reviewer_insert ON claim;
CREATE POLICY claim_reviewer_insert ON claim FOR INSERT TO claimdesk_reviewer WITH CHECK (status <> 'PUBLISHED');
DROP POLICY IF EXISTS claim_reviewer_update ON claim;
CREATE POLICY claim_reviewer_update ON claim FOR UPDATE TO claimdesk_reviewer
    USING (status <> 'PUBLISHED') WITH CHECK (status <> 'PUBLISHED');
DROP POLICY IF EXISTS claim_reviewer_delete ON claim;
CREATE POLICY claim_reviewer_delete ON claim FOR DELETE TO claimdesk_reviewer USING (status <> 'PUBLISHED');
DROP POLICY IF EXISTS claim_editor_all ON claim;
CREATE POLICY claim_editor_all ON claim FOR ALL TO claimdesk_editor USING (true) WITH CHECK (true);
-- A published claim's tags were published with it: the same rule holds for them, through plain SQL too.
ALTER TABLE claim_tag ENABLE ROW LEVEL SECURITY;
DROP POLICY IF EXISTS claim_tag_reviewer_read ON claim_tag;
CREATE POLICY claim_tag_reviewer_read ON claim_tag FOR SELECT TO claimdesk_reviewer USING (true);
DROP POLICY IF EXISTS claim_tag_reviewer_insert ON claim_tag;
CREATE POLICY claim_tag_reviewer_insert ON claim_tag FOR INSERT TO claimdesk_reviewer
    WITH CHECK (NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = claim_id AND c.status = 'PUBLISHED'));
DROP POLICY IF EXISTS claim_tag_reviewer_update ON claim_tag;
CREATE POLICY claim_tag_reviewer_update ON claim_tag FOR UPDATE TO claimdesk_reviewer
    USING (NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = claim_id AND c.status = 'PUBLISHED'))
    WITH CHECK (NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = claim_id AND c.status = 'PUBLISHED'));
DROP POLICY IF EXISTS claim_tag_reviewer_delete ON claim_tag;
CREATE POLICY claim_tag_reviewer_delete ON claim_tag FOR DELETE TO claimdesk_reviewer
    USING (NOT EXISTS (SELECT 1 FROM claim c WHERE c.id = claim_id AND c.status = 'PUBLISHED'));
DROP POLICY IF EXISTS claim_tag_editor_all ON claim_tag;
CREATE POLICY claim_tag_editor_all ON claim_tag FOR ALL TO claimdesk_editor USING (true) WITH CHECK (true);
