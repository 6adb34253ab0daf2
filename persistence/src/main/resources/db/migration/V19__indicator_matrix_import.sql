-- Matriks IKU uploads (issue 14): the file is kept between its preview and its commit, so that the commit reads
-- exactly what the preview showed, and afterwards as the source of the draft decree it became. The unique key on
-- the decree lets one matrix become one decree only, even when two commits race.
CREATE TABLE indicator_matrix (
    id            UUID          PRIMARY KEY,
    unit_id       UUID          NOT NULL REFERENCES organization_unit (id),
    file_name     VARCHAR(255)  NOT NULL,
    content       BYTEA         NOT NULL,
    uploaded_by   VARCHAR(100)  NOT NULL,
    uploaded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    decree_id     UUID          REFERENCES decree (id),
    CONSTRAINT indicator_matrix_one_decree UNIQUE (decree_id)
);
CREATE INDEX indicator_matrix_unit ON indicator_matrix (unit_id, uploaded_at);
