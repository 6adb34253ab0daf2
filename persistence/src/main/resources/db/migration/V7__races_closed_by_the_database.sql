-- Races closed by the database (ADR 0017): what a check in the application cannot guarantee when two
-- requests, or two application nodes, act at the same moment, the schema now guarantees.

-- One current realization per indicator and period. The current one is the last of the period's chain, the
-- one nothing corrects. There is exactly one such row per period when (a) only the first realization of a
-- period corrects nothing and it alone is revision 1, (b) revision 1 is unique per period (realization_revision,
-- since V3), (c) no realization is corrected twice (corrects_id is UNIQUE, since V3) and (d) a correction
-- stays in its own period. Then a period with n rows has n - 1 corrected rows and so exactly one current.

-- Before this version two first realizations recorded at once could both be stored, the second as
-- revision 2 correcting nothing. Such a row becomes the correction of the latest uncorrected one before it,
-- so that the period again has one current realization (the later one, as it was shown last).
UPDATE realization r
SET corrects_id = (
        SELECT p.id FROM realization p
        WHERE p.indicator_id = r.indicator_id AND p.realization_year = r.realization_year
          AND p.period = r.period AND p.revision < r.revision
          AND NOT EXISTS (SELECT 1 FROM realization c WHERE c.corrects_id = p.id)
        ORDER BY p.revision DESC LIMIT 1),
    correction_reason = 'Dicatat bersamaan dengan realisasi sebelumnya; dijadikan koreksinya oleh migrasi V7 /'
        || ' recorded at the same moment as the one before; made its correction by migration V7'
WHERE r.corrects_id IS NULL AND r.revision > 1;

ALTER TABLE realization ADD CONSTRAINT realization_only_first_is_revision_one
    CHECK ((corrects_id IS NULL) = (revision = 1));
ALTER TABLE realization ADD CONSTRAINT realization_period_key
    UNIQUE (id, indicator_id, realization_year, period);
ALTER TABLE realization ADD CONSTRAINT realization_corrects_same_period
    FOREIGN KEY (corrects_id, indicator_id, realization_year, period)
    REFERENCES realization (id, indicator_id, realization_year, period);

-- One-time start-up work (the first administrator, the demo data) claimed by one node: a claim is inserted
-- in the transaction that does the work, so a second node starting at the same moment waits on the key and
-- then finds the work done, or claims it itself if the first node's transaction rolled back.
CREATE TABLE startup_claim (
    task        VARCHAR(100) PRIMARY KEY,
    claimed_at  TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL
);

-- Each stored import of survey responses: the file's SHA-256 and name, so that the same file is not
-- imported twice into one survey unless its responses are replaced. stored_sha256 repeats sha256 while the
-- import's responses are stored and is cleared when they are replaced: at most one stored import of a file
-- per survey (NULLs are distinct in a unique constraint on both databases).
CREATE TABLE survey_import (
    id              UUID          PRIMARY KEY,
    survey_id       UUID          NOT NULL REFERENCES survey (id) ON DELETE CASCADE,
    file_name       VARCHAR(500),
    sha256          CHAR(64),
    rows_stored     BIGINT        NOT NULL CHECK (rows_stored >= 0),
    result_version  INTEGER       NOT NULL,
    imported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_sha256   CHAR(64),
    CONSTRAINT survey_import_file_once UNIQUE (survey_id, stored_sha256),
    CONSTRAINT survey_import_stored_is_own CHECK (stored_sha256 IS NULL OR stored_sha256 = sha256)
);
CREATE INDEX survey_import_survey ON survey_import (survey_id, imported_at);

ALTER TABLE survey_response ADD COLUMN import_id UUID REFERENCES survey_import (id) ON DELETE CASCADE;
CREATE INDEX survey_response_respondent ON survey_response (survey_id, respondent);
