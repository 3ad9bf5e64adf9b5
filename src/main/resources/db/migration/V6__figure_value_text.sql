-- low/high are DECIMAL(38, 6): 32 digits before the point, 6 after. A bound that column cannot hold exactly
-- ("100000000000000000000000000000000000 dollars", a share of 33.33333333333333 %) is also kept here as exact
-- decimal text, which is what the app reads back. low/high then hold the value rounded to 6 decimals, or NULL
-- when it has more than 32 digits before the point. See docs/decisions/figure-values-beyond-the-column.md.

ALTER TABLE figure ADD COLUMN low_text VARCHAR(400);
ALTER TABLE figure ADD COLUMN high_text VARCHAR(400);
