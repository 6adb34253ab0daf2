-- A draft decree's objective is revised on a page and through the API (issue 12, item 2): its row carries a
-- version, so that two planners revising the same objective cannot overwrite each other (the update succeeds
-- only on the version that was read). Objectives stored before start at version 0.
ALTER TABLE objective ADD COLUMN version BIGINT NOT NULL DEFAULT 0;
