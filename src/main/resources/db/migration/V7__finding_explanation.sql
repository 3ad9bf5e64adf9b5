-- What the checker assumed links a finding's figures (relation: same-quantity, part-of, update, copy, passage),
-- how sure it is (confidence: high, medium, low) and why, in a reviewer's words. Rewritten on every check, since a
-- better explanation of the same finding (same fingerprint) must reach the reviewer without touching the ruling.
-- Rows from before this version keep NULL here and read as medium confidence with no relation and no why.
-- One column per statement: PostgreSQL and H2 both take ALTER TABLE ... ADD COLUMN in this form.

ALTER TABLE finding ADD COLUMN relation VARCHAR(30);
ALTER TABLE finding ADD COLUMN confidence VARCHAR(10);
ALTER TABLE finding ADD COLUMN why VARCHAR;
