-- Four eyes (issue 11): who entered or revised a realization's value, so that none of them verifies or
-- returns it. Usernames separated by single spaces (a username never holds a space), sorted; empty for a
-- realization stored before authors were kept.
ALTER TABLE realization ADD COLUMN authors VARCHAR(4000) DEFAULT '' NOT NULL;
