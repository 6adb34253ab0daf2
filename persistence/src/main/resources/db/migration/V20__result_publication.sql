-- Hasil terbuka (issue 14, item 6): the units that publish the verified figures of their closed years on the
-- page anyone may read without signing in. No row means the unit has not opted in.
CREATE TABLE result_publication (
    unit_id    UUID          NOT NULL PRIMARY KEY REFERENCES organization_unit (id),
    published  BOOLEAN       NOT NULL,
    changed_by VARCHAR(100)  NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
