-- Who made a claim ("Bijar" in "According to Bijar, ..."), as the reviewer names it; ClaimReview's
-- itemReviewed.author. Null when not given. Standard SQL, like V1, for the planned PostgreSQL ledger.

ALTER TABLE claim ADD COLUMN claimant VARCHAR;
