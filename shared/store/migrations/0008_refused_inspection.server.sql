-- 0008 (server only): inspections the sync server refused, with the reason, so that the
-- records a device pushes under one later (answers, measurements, photos, signatures, its
-- submission) are refused for that same reason (NOT_ASSIGNED...) rather than as orphans.
CREATE TABLE refused_inspection (
    id           TEXT PRIMARY KEY NOT NULL,
    inspector_id TEXT NOT NULL,
    permit_id    TEXT NOT NULL,
    code         TEXT NOT NULL,                  -- the per-op rejection code sent
    reason       TEXT NOT NULL,
    refused_at   INTEGER NOT NULL
);
