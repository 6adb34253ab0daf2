-- An indicator's valid range (rentang nilai sah): realizations, targets and baselines outside it are refused.
-- Both bounds are optional; a satisfaction index without a declared range keeps its 25–100 scale (ADR 0015).
-- The scale columns keep the bounds as written, as for the baseline.
ALTER TABLE indicator ADD COLUMN valid_minimum NUMERIC(24, 6);
ALTER TABLE indicator ADD COLUMN valid_minimum_scale SMALLINT CHECK (valid_minimum_scale BETWEEN 0 AND 6);
ALTER TABLE indicator ADD COLUMN valid_maximum NUMERIC(24, 6);
ALTER TABLE indicator ADD COLUMN valid_maximum_scale SMALLINT CHECK (valid_maximum_scale BETWEEN 0 AND 6);
ALTER TABLE indicator ADD CONSTRAINT indicator_valid_range_ordered
    CHECK (valid_minimum IS NULL OR valid_maximum IS NULL OR valid_minimum <= valid_maximum);
ALTER TABLE indicator ADD CONSTRAINT indicator_valid_minimum_complete
    CHECK ((valid_minimum IS NULL) = (valid_minimum_scale IS NULL));
ALTER TABLE indicator ADD CONSTRAINT indicator_valid_maximum_complete
    CHECK ((valid_maximum IS NULL) = (valid_maximum_scale IS NULL));
