-- 0006 (device only): the sync client's bookkeeping (docs/protocol.md section 4).

-- Who this device is to the server, written by enrolment: one row.
CREATE TABLE sync_identity (
    id                INTEGER PRIMARY KEY CHECK (id = 1),
    endpoint          TEXT NOT NULL,
    server_public_key TEXT NOT NULL,               -- Z85, pinned at enrolment
    public_key        TEXT NOT NULL,               -- Z85
    secret_key        TEXT NOT NULL,               -- Z85; the device's own, never sent
    device_id         TEXT NOT NULL,               -- as the server registered it
    inspector_id      TEXT NOT NULL,
    enrolled_at       INTEGER NOT NULL
);

-- The push in flight: its batch id, request id and exact frame are kept until the
-- acknowledgement, so a retry after a crash or timeout sends the same batch again and the
-- server answers it from its records instead of applying it twice.
CREATE TABLE push_batch (
    id         INTEGER PRIMARY KEY CHECK (id = 1),
    batch_id   BLOB NOT NULL,
    request_id BLOB NOT NULL,
    first_seq  INTEGER NOT NULL,
    last_seq   INTEGER NOT NULL,
    frame      BLOB NOT NULL
);

-- Ops the server refused, with its reason, for the inspector to see. The op has left the
-- outbox (the server acknowledged it); the local row stays as it was written.
CREATE TABLE sync_rejection (
    id          INTEGER PRIMARY KEY,
    device_seq  INTEGER NOT NULL,
    entity      INTEGER NOT NULL,
    row_id      TEXT NOT NULL,
    code        TEXT NOT NULL,
    reason      TEXT NOT NULL,
    rejected_at INTEGER NOT NULL
);
CREATE INDEX sync_rejection_row ON sync_rejection(entity, row_id);

-- The clock of the last write of each editable field this device knows of, for
-- last-writer-wins when pulled ops from the inspector's other devices arrive.
CREATE TABLE field_clock (
    entity INTEGER NOT NULL,
    row_id TEXT NOT NULL,
    field  INTEGER NOT NULL,
    hlc    INTEGER NOT NULL,
    node   BLOB NOT NULL,
    PRIMARY KEY (entity, row_id, field)
);

-- Permits whose reference data this device holds, and the server sequence their snapshot
-- was taken at (later changes come through the pull cursor).
CREATE TABLE held_permit (
    permit_id TEXT PRIMARY KEY NOT NULL,
    as_of     INTEGER NOT NULL
);

-- Permits the server withdrew while this device still had unacknowledged evidence on
-- them; they are dropped once the outbox has no op of theirs.
CREATE TABLE purge_pending (
    permit_id TEXT PRIMARY KEY NOT NULL
);

-- Photo blobs the server acknowledged (complete and verified). The upload queue is every
-- photo row made here whose sha256 is not in this table.
CREATE TABLE blob_ack (
    sha256          TEXT PRIMARY KEY NOT NULL,
    acknowledged_at INTEGER NOT NULL
);
