-- 0026 (server only): ref_row's scope CHECK as an OR chain (docs/decisions.md, "Enumerations").
--
-- 0005 wrote it as `scope IN ('permit', 'enterprise', 'global')`, which SQLite evaluates by
-- building an ephemeral B-tree for every row inserted or updated: every row an import captures
-- (8.4 million for 240,000 permits) and every row a trigger captures. The meaning is the same.
-- SQLite cannot change a CHECK in place, so the table is rebuilt (the documented procedure)
-- and its indexes made again. legacy_alter_table keeps the rename from re-reading the change-
-- capture triggers of the reference tables, which name ref_row and resolve to the new table by
-- that name; the ref_row they wrote is copied whole.
PRAGMA legacy_alter_table = ON;
CREATE TABLE ref_row_rebuilt (
    entity   INTEGER NOT NULL,
    row_id   TEXT NOT NULL,
    scope    TEXT NOT NULL
             CHECK (scope = 'permit' OR scope = 'enterprise' OR scope = 'global'),
    scope_id TEXT,
    owner    TEXT,
    period   TEXT,                                  -- reported_value: the 12-month window
    seq      INTEGER NOT NULL,
    deleted  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity, row_id)
);
INSERT INTO ref_row_rebuilt (rowid, entity, row_id, scope, scope_id, owner, period, seq, deleted)
    SELECT rowid, entity, row_id, scope, scope_id, owner, period, seq, deleted FROM ref_row;
DROP TABLE ref_row;
ALTER TABLE ref_row_rebuilt RENAME TO ref_row;
CREATE INDEX ref_row_seq ON ref_row(seq);
CREATE INDEX ref_row_scope ON ref_row(scope, scope_id);
PRAGMA legacy_alter_table = OFF;
