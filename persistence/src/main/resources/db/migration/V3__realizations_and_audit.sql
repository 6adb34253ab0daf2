-- Realizations with their review, evidence, closed years, rating scales and the audit trail.

-- A period's realizations form a chain: revision 1 is the first recorded, each later one corrects the one
-- before (corrects_id). The current realization is the one nothing corrects. Two first realizations of one
-- period written at once collide on the revision and the second is answered 409.
CREATE TABLE realization (
    id                  UUID           PRIMARY KEY,
    indicator_id        UUID           NOT NULL REFERENCES indicator (id),
    realization_year    INTEGER        NOT NULL,
    period              VARCHAR(6)     NOT NULL CHECK (period IN ('ANNUAL', 'S1', 'S2', 'Q1', 'Q2', 'Q3', 'Q4')),
    revision            INTEGER        NOT NULL,
    amount              NUMERIC(24, 6),
    amount_scale        SMALLINT       CHECK (amount_scale BETWEEN 0 AND 6),
    text_value          VARCHAR(500),
    source_kind         VARCHAR(10)    NOT NULL CHECK (source_kind IN ('ENTERED', 'SURVEY', 'IMPORT')),
    source_reference    VARCHAR(300),
    supporting_factors  VARCHAR(8000),
    inhibiting_factors  VARCHAR(8000),
    follow_up           VARCHAR(8000),
    corrects_id         UUID           UNIQUE REFERENCES realization (id),
    correction_reason   VARCHAR(2000),
    status              VARCHAR(10)    NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'VERIFIED')),
    review_outcome      VARCHAR(10)    CHECK (review_outcome IN ('SUBMITTED', 'RETURNED', 'VERIFIED')),
    review_by           VARCHAR(100),
    review_at           TIMESTAMP WITH TIME ZONE,
    review_reason       VARCHAR(2000),
    changed_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    version             BIGINT         NOT NULL,
    CONSTRAINT realization_revision UNIQUE (indicator_id, realization_year, period, revision),
    CONSTRAINT realization_one_value CHECK ((amount IS NULL) <> (text_value IS NULL)),
    CONSTRAINT realization_amount_scale CHECK ((amount IS NULL) = (amount_scale IS NULL)),
    CONSTRAINT realization_correction CHECK ((corrects_id IS NULL) = (correction_reason IS NULL))
);
CREATE INDEX realization_indicator_year ON realization (indicator_id, realization_year);
CREATE INDEX realization_status ON realization (status, changed_at);

-- Evidence files are kept in the database so that every application node serves them without a shared disk.
CREATE TABLE realization_evidence (
    id              UUID           PRIMARY KEY,
    realization_id  UUID           NOT NULL REFERENCES realization (id),
    title           VARCHAR(500)   NOT NULL,
    file_name       VARCHAR(500),
    media_type      VARCHAR(200),
    size_bytes      BIGINT,
    sha256          CHAR(64),
    content         BYTEA,
    url             VARCHAR(2000),
    added_by        VARCHAR(100)   NOT NULL,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT evidence_file_or_link CHECK (
        (file_name IS NOT NULL AND size_bytes IS NOT NULL AND sha256 IS NOT NULL AND content IS NOT NULL AND url IS NULL)
        OR (file_name IS NULL AND size_bytes IS NULL AND sha256 IS NULL AND content IS NULL AND url IS NOT NULL))
);
CREATE INDEX evidence_realization ON realization_evidence (realization_id);

CREATE TABLE year_closure (
    unit_id      UUID          NOT NULL REFERENCES organization_unit (id),
    closure_year INTEGER       NOT NULL,
    closed       BOOLEAN       NOT NULL,
    changed_by   VARCHAR(100)  NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    reason       VARCHAR(2000),
    version      BIGINT        NOT NULL,
    PRIMARY KEY (unit_id, closure_year)
);

-- Rating scales are data: Permendagri 86/2017 ships, others are added through the API.
CREATE TABLE rating_scale (
    name  VARCHAR(200) PRIMARY KEY
);
CREATE TABLE rating_scale_band (
    scale_name    VARCHAR(200)   NOT NULL REFERENCES rating_scale (name),
    ordinal       INTEGER        NOT NULL,
    lower_bound   NUMERIC(24, 6),
    label         VARCHAR(200)   NOT NULL,
    PRIMARY KEY (scale_name, ordinal)
);
INSERT INTO rating_scale (name) VALUES ('Permendagri 86/2017');
INSERT INTO rating_scale_band (scale_name, ordinal, lower_bound, label) VALUES
    ('Permendagri 86/2017', 0, 91, 'Sangat Tinggi'),
    ('Permendagri 86/2017', 1, 76, 'Tinggi'),
    ('Permendagri 86/2017', 2, 66, 'Sedang'),
    ('Permendagri 86/2017', 3, 51, 'Rendah'),
    ('Permendagri 86/2017', 4, NULL, 'Sangat Rendah');

-- The audit trail: written by inserts only; the application has no statement that updates or deletes it.
CREATE TABLE audit_entry (
    id           UUID          PRIMARY KEY,
    occurred_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    actor        VARCHAR(100)  NOT NULL,
    action       VARCHAR(500)  NOT NULL,
    entity_type  VARCHAR(50),
    entity_id    VARCHAR(200),
    before_state TEXT,
    after_state  TEXT,
    reason       VARCHAR(2000),
    status       INTEGER       NOT NULL,
    refusal      VARCHAR(100)
);
CREATE INDEX audit_entity ON audit_entry (entity_type, entity_id, occurred_at);
CREATE INDEX audit_actor ON audit_entry (actor, occurred_at);
CREATE INDEX audit_time ON audit_entry (occurred_at);
