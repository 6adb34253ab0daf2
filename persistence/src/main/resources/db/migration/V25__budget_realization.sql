-- Realisasi anggaran (issue 13, item 2): per programme or activity of a PK version, its ceiling (pagu) and the
-- spending realized, exact to the sen. Spending not yet entered is NULL ("belum diisi"), never 0.
CREATE TABLE budget_realization (
    agreement_id  UUID           NOT NULL REFERENCES performance_agreement (id),
    code          VARCHAR(50)    NOT NULL,
    ceiling       NUMERIC(20, 2) NOT NULL,
    realized      NUMERIC(20, 2),
    entered_by    VARCHAR(100)   NOT NULL,
    entered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT budget_realization_key PRIMARY KEY (agreement_id, code),
    CONSTRAINT budget_realization_ceiling CHECK (ceiling >= 0),
    CONSTRAINT budget_realization_realized CHECK (realized IS NULL OR realized >= 0)
);
