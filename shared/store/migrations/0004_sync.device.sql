-- 0004 (device only): change capture. Every local write adds its op to the outbox in
-- the same transaction; rows leave the outbox only once the server acknowledged them.

-- One op a row, in capture order. body is the op alone encoded by OpBodyCodec (format 1),
-- so a push re-frames stored bytes; entity and row_id are here to merge repeated edits.
CREATE TABLE outbox (
    device_seq INTEGER PRIMARY KEY,               -- contiguous from 1 over the device's life
    entity     INTEGER NOT NULL,                  -- EntitySchema wire number
    row_id     TEXT NOT NULL,
    body       BLOB NOT NULL
);
CREATE INDEX outbox_row ON outbox(entity, row_id);

-- The device's sync bookkeeping: one row.
CREATE TABLE sync_state (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    device_id   TEXT NOT NULL,
    last_seq    INTEGER NOT NULL DEFAULT 0,       -- last device seq issued (outbox rows go away)
    hlc         INTEGER NOT NULL DEFAULT 0,       -- last clock word issued, so a restart never reuses one
    pull_cursor INTEGER NOT NULL DEFAULT 0        -- server sequence of the last op pulled
);

-- Values that lost a last-writer-wins comparison on this device, for the supervisor view.
CREATE TABLE conflict_log (
    id           INTEGER PRIMARY KEY,
    entity       INTEGER NOT NULL,
    row_id       TEXT NOT NULL,
    field        TEXT NOT NULL,
    lost_value,                                   -- any storage class, as the column had it
    lost_hlc     INTEGER NOT NULL,
    lost_node    TEXT NOT NULL,
    won_hlc      INTEGER NOT NULL,
    won_node     TEXT NOT NULL,
    recorded_at  INTEGER NOT NULL
);
CREATE INDEX conflict_log_row ON conflict_log(entity, row_id);
