-- Sessions that end: every token carries the number of its person's sessions at sign-in; signing out,
-- being disabled, or a change of roles, units or password moves the number on and the old tokens are refused.
ALTER TABLE app_user ADD COLUMN session_version BIGINT DEFAULT 0 NOT NULL;

-- Failed sign-ins per name ("name:budi") and per address ("address:10.0.0.5"), kept in the database so that
-- every node of the application counts the same failures.
CREATE TABLE sign_in_throttle (
    subject          VARCHAR(120)             PRIMARY KEY,
    failures         INTEGER                  DEFAULT 0 NOT NULL CHECK (failures >= 0),
    last_failure_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sign_in_throttle_last_failure ON sign_in_throttle (last_failure_at);
