-- Survey import progress (issue 15): each import run's state, kept in the database so that any node behind the
-- load balancer can show its progress and ask it to stop. The importing node writes the counts in short
-- transactions of their own (never in the import's own, which commits only at the end) and reads
-- cancel_requested between batches. No foreign key to survey: its check would wait for the survey row an
-- import holds (SELECT … FOR UPDATE), so a second upload could not even show that it is waiting.
CREATE TABLE survey_import_run (
    id                UUID          PRIMARY KEY,
    survey_id         UUID          NOT NULL,
    started_by        VARCHAR(100)  NOT NULL,
    file_name         VARCHAR(500),
    state             VARCHAR(10)   NOT NULL CHECK (state IN ('RUNNING', 'DONE', 'REFUSED', 'CANCELLED', 'FAILED')),
    rows_read         BIGINT        DEFAULT 0 NOT NULL CHECK (rows_read >= 0),
    rows_refused      BIGINT        DEFAULT 0 NOT NULL CHECK (rows_refused >= 0),
    bytes_read        BIGINT        DEFAULT 0 NOT NULL CHECK (bytes_read >= 0),
    bytes_total       BIGINT        CHECK (bytes_total >= 0),
    cancel_requested  BOOLEAN       DEFAULT FALSE NOT NULL,
    result_version    INTEGER,
    problem_code      VARCHAR(100),
    started_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at       TIMESTAMP WITH TIME ZONE
);
CREATE INDEX survey_import_run_survey ON survey_import_run (survey_id, started_at);

-- Why a run was refused, so that a page served by another node can list it by row and column as the
-- importing node would have. Arguments are the message's arguments as text, separated by U+001F.
CREATE TABLE survey_import_run_error (
    run_id        UUID           NOT NULL REFERENCES survey_import_run (id) ON DELETE CASCADE,
    ordinal       INTEGER        NOT NULL CHECK (ordinal >= 0),
    line          BIGINT         NOT NULL CHECK (line >= 0),
    column_name   VARCHAR(500),
    code          VARCHAR(100)   NOT NULL,
    arguments     VARCHAR(4000)  NOT NULL,
    english       VARCHAR(4000)  NOT NULL,
    PRIMARY KEY (run_id, ordinal)
);
