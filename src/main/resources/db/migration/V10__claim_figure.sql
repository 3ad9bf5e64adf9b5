-- The figure a claim was made from (Make claim on the Figures tab): its offset inside the claim's quote and its
-- text, so the link moves with the claim when the quote is re-anchored. Both null for other claims.
-- Standard SQL, like V1, for H2 and the PostgreSQL ledger.

ALTER TABLE claim ADD COLUMN figure_offset INTEGER;
ALTER TABLE claim ADD COLUMN figure_text VARCHAR;
