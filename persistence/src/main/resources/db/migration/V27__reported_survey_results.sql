-- Survey results entered from a report Kinerja did not compute (issue 14, ADR 0035). Each is a version of its
-- survey's result (a survey_result row with no tallies) carrying the figures as the report gave them, the
-- rounding the report used, and the report file itself as evidence. Nothing here changes an existing table.

CREATE TABLE survey_reported_result (
    survey_id            UUID          NOT NULL,
    version              INTEGER       NOT NULL,
    report_title         VARCHAR(500)  NOT NULL,
    rounding             VARCHAR(30)   NOT NULL CHECK (rounding IN ('NONE', 'ELEMENT_MEANS_2DP', 'ELEMENT_MEANS_AND_INDEX_2DP')),
    printed_index        NUMERIC(5, 2) CHECK (printed_index BETWEEN 25 AND 100),
    printed_index_scale  SMALLINT      CHECK (printed_index_scale BETWEEN 0 AND 2),
    respondents          BIGINT        CHECK (respondents > 0),
    file_name            VARCHAR(500)  NOT NULL,
    media_type           VARCHAR(200)  NOT NULL,
    size_bytes           BIGINT        NOT NULL CHECK (size_bytes > 0),
    sha256               CHAR(64)      NOT NULL,
    content              BYTEA         NOT NULL,
    recorded_by          VARCHAR(100)  NOT NULL,
    recorded_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (survey_id, version),
    FOREIGN KEY (survey_id, version) REFERENCES survey_result (survey_id, version) ON DELETE CASCADE,
    CONSTRAINT reported_index_scale CHECK ((printed_index IS NULL) = (printed_index_scale IS NULL))
);

-- The NRR per element as the report printed it, with the scale it was written with (3,685 stays 3,685).
CREATE TABLE survey_reported_element (
    survey_id     UUID           NOT NULL,
    version       INTEGER        NOT NULL,
    element_code  VARCHAR(4)     NOT NULL,
    nrr           NUMERIC(10, 6) NOT NULL CHECK (nrr BETWEEN 1 AND 4),
    nrr_scale     SMALLINT       NOT NULL CHECK (nrr_scale BETWEEN 0 AND 6),
    PRIMARY KEY (survey_id, version, element_code),
    FOREIGN KEY (survey_id, version) REFERENCES survey_reported_result (survey_id, version) ON DELETE CASCADE
);
