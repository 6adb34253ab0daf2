-- The LKjIP as a unit writes and issues it (issue 13): the narrative per section and per indicator, and the
-- issued reports with their files, never changed once stored.

-- One row per written section; subject is '' for a section of the report as a whole, else the indicator's
-- id, so that the key is never NULL (NULLs are distinct in a unique key on both databases).
CREATE TABLE report_narrative (
    unit_id        UUID           NOT NULL REFERENCES organization_unit (id),
    report_year    INTEGER        NOT NULL,
    section        VARCHAR(40)    NOT NULL,
    subject        VARCHAR(36)    NOT NULL,
    body           TEXT           NOT NULL,
    written_by     VARCHAR(100)   NOT NULL,
    written_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT         NOT NULL,
    CONSTRAINT report_narrative_key PRIMARY KEY (unit_id, report_year, section, subject),
    CONSTRAINT report_narrative_year CHECK (report_year BETWEEN 2000 AND 2100),
    CONSTRAINT report_narrative_version CHECK (version >= 1)
);

-- An issued report: its number within the unit and year, what it was drawn from and the figures it printed
-- (one per line), the changes since the issue before, and its three files as issued.
CREATE TABLE report_issue (
    unit_id        UUID           NOT NULL REFERENCES organization_unit (id),
    report_year    INTEGER        NOT NULL,
    sequence_no    INTEGER        NOT NULL,
    issued_on      DATE           NOT NULL,
    issued_by      VARCHAR(100)   NOT NULL,
    issued_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    rating_scale   VARCHAR(200)   NOT NULL,
    sources        TEXT           NOT NULL,
    figures        TEXT           NOT NULL,
    changes        TEXT           NOT NULL,
    pdf            BYTEA          NOT NULL,
    docx           BYTEA          NOT NULL,
    xlsx           BYTEA          NOT NULL,
    CONSTRAINT report_issue_key PRIMARY KEY (unit_id, report_year, sequence_no),
    CONSTRAINT report_issue_sequence CHECK (sequence_no >= 1)
);
