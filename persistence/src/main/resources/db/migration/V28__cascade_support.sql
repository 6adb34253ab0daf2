-- Kaskade kinerja (issue 14, item 4): an objective or indicator of a unit names the objective or indicator of
-- its parent unit that it supports. One row per supporter (it supports one node at most); the units are kept
-- beside the nodes so the tree reads every link of a province in one statement. A draft decree deleted takes
-- its links with it.
CREATE TABLE cascade_support (
    supporter_id            UUID          PRIMARY KEY,
    supporter_objective_id  UUID          REFERENCES objective (id) ON DELETE CASCADE,
    supporter_indicator_id  UUID          REFERENCES indicator (id) ON DELETE CASCADE,
    supporter_unit_id       UUID          NOT NULL REFERENCES organization_unit (id),
    supported_objective_id  UUID          REFERENCES objective (id) ON DELETE CASCADE,
    supported_indicator_id  UUID          REFERENCES indicator (id) ON DELETE CASCADE,
    supported_unit_id       UUID          NOT NULL REFERENCES organization_unit (id),
    changed_by              VARCHAR(100)  NOT NULL,
    changed_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT cascade_support_one_supporter CHECK (
        (supporter_objective_id IS NULL) <> (supporter_indicator_id IS NULL)
        AND supporter_id = COALESCE(supporter_objective_id, supporter_indicator_id)),
    CONSTRAINT cascade_support_one_supported CHECK ((supported_objective_id IS NULL) <> (supported_indicator_id IS NULL)),
    CONSTRAINT cascade_support_other_unit CHECK (supporter_unit_id <> supported_unit_id)
);

CREATE INDEX cascade_support_supported_unit ON cascade_support (supported_unit_id);
