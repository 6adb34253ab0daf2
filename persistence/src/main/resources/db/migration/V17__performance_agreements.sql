-- Perjanjian Kinerja (issue 13): each version of a unit's agreement for a year is a row; version 1 is the
-- first, each later one a PK perubahan with its reason. A signed version is never changed again (the
-- application refuses; the signature columns are set once). Two first versions or two revisions written at
-- once collide on (unit, year, number) and the second is answered 409.
CREATE TABLE performance_agreement (
    id                      UUID           PRIMARY KEY,
    unit_id                 UUID           NOT NULL REFERENCES organization_unit (id),
    agreement_year          INTEGER        NOT NULL,
    agreement_number        INTEGER        NOT NULL CHECK (agreement_number >= 1),
    revision_reason         VARCHAR(2000),
    first_party_name        VARCHAR(200)   NOT NULL,
    first_party_position    VARCHAR(200)   NOT NULL,
    first_party_nip         CHAR(18)       NOT NULL,
    second_party_name       VARCHAR(200)   NOT NULL,
    second_party_position   VARCHAR(200)   NOT NULL,
    second_party_nip        CHAR(18)       NOT NULL,
    prepared_by             VARCHAR(100)   NOT NULL,
    signed_on               DATE,
    signed_by               VARCHAR(100),
    changed_at              TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    version                 BIGINT         NOT NULL,
    CONSTRAINT performance_agreement_number UNIQUE (unit_id, agreement_year, agreement_number),
    CONSTRAINT performance_agreement_reason CHECK ((agreement_number = 1) = (revision_reason IS NULL)),
    CONSTRAINT performance_agreement_signature CHECK ((signed_on IS NULL) = (signed_by IS NULL))
);

-- The agreed target of each indicator, in the shape of indicator_target; a reason where it was adjusted.
CREATE TABLE performance_agreement_target (
    agreement_id       UUID           NOT NULL REFERENCES performance_agreement (id) ON DELETE CASCADE,
    indicator_id       UUID           NOT NULL REFERENCES indicator (id),
    position           INTEGER        NOT NULL,
    value_kind         VARCHAR(12)    NOT NULL CHECK (value_kind IN ('NUMERIC', 'RANGE', 'QUALITATIVE')),
    amount             NUMERIC(24, 6),
    amount_scale       SMALLINT       CHECK (amount_scale BETWEEN 0 AND 6),
    upper_amount       NUMERIC(24, 6),
    upper_scale        SMALLINT       CHECK (upper_scale BETWEEN 0 AND 6),
    qualitative_text   VARCHAR(500),
    category           VARCHAR(100),
    adjustment_reason  VARCHAR(2000),
    PRIMARY KEY (agreement_id, indicator_id),
    CONSTRAINT performance_agreement_target_shape CHECK (
        (value_kind = 'NUMERIC' AND amount IS NOT NULL AND amount_scale IS NOT NULL AND upper_amount IS NULL AND qualitative_text IS NULL)
        OR (value_kind = 'RANGE' AND amount IS NOT NULL AND upper_amount IS NOT NULL AND amount <= upper_amount AND qualitative_text IS NULL)
        OR (value_kind = 'QUALITATIVE' AND amount IS NULL AND upper_amount IS NULL AND qualitative_text IS NOT NULL))
);

-- Programmes and activities of the agreement with their budget in rupiah, exact to the sen.
CREATE TABLE performance_agreement_programme (
    agreement_id  UUID            NOT NULL REFERENCES performance_agreement (id) ON DELETE CASCADE,
    position      INTEGER         NOT NULL,
    code          VARCHAR(50)     NOT NULL,
    name          VARCHAR(500)    NOT NULL,
    budget        NUMERIC(20, 2)  NOT NULL CHECK (budget >= 0),
    PRIMARY KEY (agreement_id, position),
    CONSTRAINT performance_agreement_programme_code UNIQUE (agreement_id, code)
);
