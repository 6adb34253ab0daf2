-- The audit trail says how each attempt ended and why a refusal was refused, counts alike attempts nobody can be
-- held to, and is sealed as a hash chain (ADR 0016). V6_1 (Java) chains the lines already written and installs
-- the triggers that refuse UPDATE and DELETE, which differ between H2 and PostgreSQL.
ALTER TABLE audit_entry ADD COLUMN outcome VARCHAR(10);
UPDATE audit_entry SET outcome = CASE WHEN status >= 400 THEN 'REFUSED' ELSE 'DONE' END;
ALTER TABLE audit_entry ALTER COLUMN outcome SET NOT NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_outcome CHECK (outcome IN ('DONE', 'REFUSED', 'THROTTLED'));
UPDATE audit_entry SET refusal = CAST(status AS VARCHAR(100)) WHERE outcome <> 'DONE' AND refusal IS NULL;
ALTER TABLE audit_entry ADD CONSTRAINT audit_refusal_reason CHECK ((outcome = 'DONE') = (refusal IS NULL));
-- What the person was told, in both languages, so that the trail shows a refusal as it was given.
ALTER TABLE audit_entry ADD COLUMN refusal_id VARCHAR(2000);
ALTER TABLE audit_entry ADD COLUMN refusal_en VARCHAR(2000);
-- Anonymous refusals and failed sign-ins: one line per minute, route (or name tried) and address, with a count.
ALTER TABLE audit_entry ADD COLUMN client_address VARCHAR(100);
ALTER TABLE audit_entry ADD COLUMN occurrences INTEGER DEFAULT 1 NOT NULL;
-- The chain: position 1, 2, 3… without a gap, the previous line's seal and this line's (SHA-256, hex).
ALTER TABLE audit_entry ADD COLUMN chain_position BIGINT;
ALTER TABLE audit_entry ADD COLUMN previous_hash CHAR(64);
ALTER TABLE audit_entry ADD COLUMN entry_hash CHAR(64);
ALTER TABLE audit_entry ADD CONSTRAINT audit_chain_position UNIQUE (chain_position);
CREATE INDEX audit_outcome_time ON audit_entry (outcome, occurred_at);

-- The end of the chain: every append locks this row (SELECT … FOR UPDATE) until its transaction ends, so that
-- lines get their positions one after the other even when several application nodes write at once; and it
-- remembers the last seal, so that removing the last lines shows. Its row appears with the first line.
CREATE TABLE audit_chain_head (
    chain          VARCHAR(20)  PRIMARY KEY,
    last_position  BIGINT       NOT NULL,
    last_hash      CHAR(64)     NOT NULL
);
