-- How a unit's score is averaged: the mean of all its indicators (the default, as most provincial e-SAKIP
-- reports compute it) or, by the unit's choice, the mean of its objectives' scores.
ALTER TABLE organization_unit
    ADD COLUMN score_rule VARCHAR(40) DEFAULT 'MEAN_OF_INDICATORS' NOT NULL;
ALTER TABLE organization_unit
    ADD CONSTRAINT organization_unit_score_rule CHECK (score_rule IN ('MEAN_OF_INDICATORS', 'MEAN_OF_OBJECTIVES'));
