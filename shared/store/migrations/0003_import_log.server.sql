-- 0003 (server only): a record of every import run, for audit and idempotence reports.
CREATE TABLE import_run (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind = 'permits' OR kind = 'reports' OR kind = 'checklists' OR kind = 'staff'),
    file_name   TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL
);
