-- 0007 (device only): who works on this device, which photo originals still have to be
-- uploaded, and how the last sync went. Bookkeeping, never synced.

-- The inspector this device writes for (the author of every op). One row, filled by
-- enrolment (source 'enrolment'); tests fill it directly (source 'test'). No foreign key
-- to inspector: enrolment happens before the reference data arrives.
CREATE TABLE device_identity (
    id           INTEGER PRIMARY KEY CHECK (id = 1),
    inspector_id TEXT NOT NULL,
    source       TEXT NOT NULL CHECK (source IN ('enrolment', 'test')),
    enrolled_at  INTEGER NOT NULL
);

-- One row a photo original taken on this device (content-addressed: PROFILE/photos/<sha256>,
-- the name the sync client uploads from). The server's acknowledgement is blob_ack (0006);
-- the file may be deleted only once its hash is there: the server verified it.
CREATE TABLE photo_upload (
    sha256          TEXT PRIMARY KEY NOT NULL,
    byte_size       INTEGER NOT NULL CHECK (byte_size > 0)
);

-- The outcome of the last sync attempts, for the status screen. One row.
CREATE TABLE sync_status (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    last_attempt_at INTEGER,
    last_success_at INTEGER,
    last_error      TEXT,                        -- NULL after a success
    last_error_at   INTEGER
);
