-- The planning registry: units, plan periods, decrees with their clauses, objectives, indicators with
-- their targets, and user accounts. Runs unchanged on PostgreSQL and on H2 in PostgreSQL mode.
-- Decimals are stored as NUMERIC plus the scale they were written with, so that 87.50 reads back as 87.50.

CREATE TABLE organization_unit (
    id          UUID         PRIMARY KEY,
    parent_id   UUID         REFERENCES organization_unit (id),
    name        VARCHAR(500) NOT NULL,
    short_name  VARCHAR(200),
    unit_type   VARCHAR(40)  NOT NULL,
    version     BIGINT       NOT NULL,
    CONSTRAINT organization_unit_not_own_parent CHECK (parent_id IS NULL OR parent_id <> id)
);
CREATE INDEX organization_unit_parent ON organization_unit (parent_id);

-- Tugas (TASK) and fungsi (FUNCTION) in order; the letter of a function is its ordinal.
CREATE TABLE unit_duty (
    unit_id    UUID          NOT NULL REFERENCES organization_unit (id) ON DELETE CASCADE,
    duty_kind  VARCHAR(10)   NOT NULL CHECK (duty_kind IN ('TASK', 'FUNCTION')),
    ordinal    INTEGER       NOT NULL CHECK (ordinal >= 0),
    body       VARCHAR(8000) NOT NULL,
    PRIMARY KEY (unit_id, duty_kind, ordinal)
);

CREATE TABLE plan_period (
    id          UUID         PRIMARY KEY,
    unit_id     UUID         NOT NULL REFERENCES organization_unit (id),
    plan_kind   VARCHAR(10)  NOT NULL CHECK (plan_kind IN ('RENSTRA', 'RPD', 'RPJMD')),
    name        VARCHAR(200) NOT NULL,
    first_year  INTEGER      NOT NULL,
    last_year   INTEGER      NOT NULL,
    CONSTRAINT plan_period_years CHECK (first_year <= last_year AND last_year - first_year < 10)
);
CREATE INDEX plan_period_unit ON plan_period (unit_id);

CREATE TABLE decree (
    id                  UUID          PRIMARY KEY,
    issuing_unit_id     UUID          NOT NULL REFERENCES organization_unit (id),
    decree_number       VARCHAR(100)  NOT NULL,
    title               VARCHAR(2000) NOT NULL,
    issuing_official    VARCHAR(500)  NOT NULL,
    signatory_name      VARCHAR(200)  NOT NULL,
    signatory_position  VARCHAR(200)  NOT NULL,
    place               VARCHAR(200),
    effective_date      DATE,
    status              VARCHAR(12)   NOT NULL CHECK (status IN ('DRAFT', 'ENACTED', 'SUPERSEDED', 'REVOKED')),
    enacted_on          DATE,
    relation_kind       VARCHAR(12)   CHECK (relation_kind IN ('AMENDS', 'SUPERSEDES')),
    related_decree_id   UUID          REFERENCES decree (id),
    superseded_by_id    UUID          REFERENCES decree (id),
    revoked_on          DATE,
    revocation_reason   VARCHAR(2000),
    created_at          TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT decree_number_per_unit UNIQUE (issuing_unit_id, decree_number),
    CONSTRAINT decree_enacted_has_date CHECK (status = 'DRAFT' OR enacted_on IS NOT NULL),
    CONSTRAINT decree_relation_complete CHECK ((relation_kind IS NULL) = (related_decree_id IS NULL)),
    CONSTRAINT decree_superseded_has_successor CHECK ((status = 'SUPERSEDED') = (superseded_by_id IS NOT NULL)),
    CONSTRAINT decree_revoked_has_reason CHECK ((status = 'REVOKED') = (revocation_reason IS NOT NULL))
);
CREATE INDEX decree_related ON decree (related_decree_id);

-- Menimbang (CONSIDERATION), Mengingat (LEGAL_BASIS) and the operative parts (DECISION), in order.
CREATE TABLE decree_clause (
    decree_id    UUID          NOT NULL REFERENCES decree (id) ON DELETE CASCADE,
    clause_kind  VARCHAR(16)   NOT NULL CHECK (clause_kind IN ('CONSIDERATION', 'LEGAL_BASIS', 'DECISION')),
    ordinal      INTEGER       NOT NULL CHECK (ordinal >= 0),
    body         VARCHAR(8000) NOT NULL,
    PRIMARY KEY (decree_id, clause_kind, ordinal)
);

CREATE TABLE objective (
    id              UUID          PRIMARY KEY,
    decree_id       UUID          NOT NULL REFERENCES decree (id),
    unit_id         UUID          NOT NULL REFERENCES organization_unit (id),
    plan_period_id  UUID          NOT NULL REFERENCES plan_period (id),
    code            VARCHAR(20)   NOT NULL,
    statement       VARCHAR(2000) NOT NULL,
    CONSTRAINT objective_code_per_decree UNIQUE (decree_id, code)
);

CREATE TABLE indicator (
    id                    UUID          PRIMARY KEY,
    objective_id          UUID          NOT NULL REFERENCES objective (id),
    decree_id             UUID          NOT NULL REFERENCES decree (id),
    code                  VARCHAR(20),
    name                  VARCHAR(2000) NOT NULL,
    definition            VARCHAR(8000),
    formula               VARCHAR(8000),
    unit_of_measure       VARCHAR(50),
    indicator_kind        VARCHAR(20)   NOT NULL CHECK (indicator_kind IN ('NUMERIC', 'SATISFACTION_INDEX', 'QUALITATIVE')),
    polarity              VARCHAR(20)   NOT NULL CHECK (polarity IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER', 'STABILIZE', 'QUALITATIVE')),
    lower_is_better_rule  VARCHAR(40)   CHECK (lower_is_better_rule IN ('TWICE_TARGET_MINUS_REALIZATION', 'TARGET_OVER_REALIZATION')),
    data_source           VARCHAR(1000),
    responsible_unit_id   UUID          REFERENCES organization_unit (id),
    frequency             VARCHAR(12)   NOT NULL CHECK (frequency IN ('ANNUAL', 'SEMESTER', 'QUARTERLY')),
    rollup                VARCHAR(30)   NOT NULL CHECK (rollup IN ('LAST_PERIOD', 'SUM', 'MEAN', 'RECOMPUTED_FROM_RESPONSES')),
    baseline_value        NUMERIC(24, 6),
    baseline_scale        SMALLINT      CHECK (baseline_scale BETWEEN 0 AND 6),
    baseline_year         INTEGER,
    service_combination   VARCHAR(20)   CHECK (service_combination IN ('POOLED', 'MEAN_OF_SERVICES', 'RESPONDENT_WEIGHTED')),
    version               BIGINT        NOT NULL,
    CONSTRAINT indicator_lower_rule CHECK ((polarity = 'LOWER_IS_BETTER') = (lower_is_better_rule IS NOT NULL)),
    CONSTRAINT indicator_baseline_complete CHECK (
        (baseline_value IS NULL AND baseline_scale IS NULL AND baseline_year IS NULL)
        OR (baseline_value IS NOT NULL AND baseline_scale IS NOT NULL AND baseline_year IS NOT NULL))
);
CREATE INDEX indicator_decree ON indicator (decree_id);
CREATE INDEX indicator_objective ON indicator (objective_id);

-- The services a satisfaction-index indicator surveys, in the order the decree lists them.
CREATE TABLE indicator_service (
    indicator_id  UUID         NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    ordinal       INTEGER      NOT NULL CHECK (ordinal >= 0),
    name          VARCHAR(500) NOT NULL,
    PRIMARY KEY (indicator_id, ordinal),
    CONSTRAINT indicator_service_once UNIQUE (indicator_id, name)
);

-- One target per indicator and year: a number, a range, or a qualitative value, with its promised category.
CREATE TABLE indicator_target (
    indicator_id      UUID           NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    target_year       INTEGER        NOT NULL,
    value_kind        VARCHAR(12)    NOT NULL CHECK (value_kind IN ('NUMERIC', 'RANGE', 'QUALITATIVE')),
    amount            NUMERIC(24, 6),
    amount_scale      SMALLINT       CHECK (amount_scale BETWEEN 0 AND 6),
    upper_amount      NUMERIC(24, 6),
    upper_scale       SMALLINT       CHECK (upper_scale BETWEEN 0 AND 6),
    qualitative_text  VARCHAR(500),
    category          VARCHAR(100),
    PRIMARY KEY (indicator_id, target_year),
    CONSTRAINT indicator_target_shape CHECK (
        (value_kind = 'NUMERIC' AND amount IS NOT NULL AND amount_scale IS NOT NULL AND upper_amount IS NULL AND qualitative_text IS NULL)
        OR (value_kind = 'RANGE' AND amount IS NOT NULL AND upper_amount IS NOT NULL AND amount <= upper_amount AND qualitative_text IS NULL)
        OR (value_kind = 'QUALITATIVE' AND amount IS NULL AND upper_amount IS NULL AND qualitative_text IS NOT NULL))
);

CREATE TABLE app_user (
    id             UUID         PRIMARY KEY,
    username       VARCHAR(64)  NOT NULL UNIQUE,
    display_name   VARCHAR(200) NOT NULL,
    password_hash  VARCHAR(200) NOT NULL,
    active         BOOLEAN      DEFAULT TRUE NOT NULL,
    version        BIGINT       NOT NULL
);

CREATE TABLE user_role (
    user_id    UUID        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    ordinal    INTEGER     NOT NULL CHECK (ordinal >= 0),
    role_name  VARCHAR(12) NOT NULL CHECK (role_name IN ('ADMIN', 'PLANNER', 'EVALUATOR', 'AUDITOR')),
    PRIMARY KEY (user_id, ordinal),
    CONSTRAINT user_role_once UNIQUE (user_id, role_name)
);
