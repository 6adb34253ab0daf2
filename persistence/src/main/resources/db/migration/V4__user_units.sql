-- The units a person works for: evaluators enter realizations for these units and the units under them.
CREATE TABLE user_unit (
    user_id  UUID NOT NULL REFERENCES app_user (id),
    unit_id  UUID NOT NULL REFERENCES organization_unit (id),
    PRIMARY KEY (user_id, unit_id)
);
CREATE INDEX user_unit_unit ON user_unit (unit_id);
