-- Realizations in bulk (issue 14): a unit's realization sheet for a year and a reporting period is kept between
-- its preview and its commit, so that the commit reads exactly the file the preview showed, and afterwards as the
-- record of the import (each realization it wrote has the file as evidence too). committed_at is set once: the
-- update that sets it only where it is still empty lets one of two racing commits through.
CREATE TABLE realization_import (
    id                UUID          PRIMARY KEY,
    unit_id           UUID          NOT NULL REFERENCES organization_unit (id),
    realization_year  INTEGER       NOT NULL,
    period            VARCHAR(10)   NOT NULL CHECK (period IN ('ANNUAL', 'S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4')),
    file_name         VARCHAR(255)  NOT NULL,
    content           BYTEA         NOT NULL,
    uploaded_by       VARCHAR(100)  NOT NULL,
    uploaded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    committed_by      VARCHAR(100),
    committed_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX realization_import_unit ON realization_import (unit_id, uploaded_at);
