-- 0021: refused signed records are kept, not lost, and the device recovers (docs/evidence.md
-- 3.1). Both roles get both tables; each side writes one.
--
-- The server's side.
-- A record the server refuses on admission (bad signature, wrong key, revoked key, gap,
-- fork, replay, malformed bytes) is refused on its own: the rest of the push is applied
-- and the device told, so one bad record cannot stop a device's sync. The record as it
-- arrived is parked here with its reason, for the audit of the device's chain; it is never
-- logged.
CREATE TABLE evidence_refusal (
    id          INTEGER PRIMARY KEY,
    device_id   TEXT NOT NULL,
    op_seq      INTEGER NOT NULL,              -- the op's device seq in the push
    record_id   TEXT NOT NULL,                 -- the evidence_record row the op inserted
    subject_id  TEXT,                          -- the evidence row it claims to sign
    record      BLOB,                          -- the bytes as pushed (NULL: not bytes)
    signature   BLOB,
    code        TEXT NOT NULL,                 -- BAD_SIGNATURE, EVIDENCE_FORK, ...
    reason      TEXT NOT NULL,
    refused_at  INTEGER NOT NULL               -- ms since epoch
);
CREATE INDEX evidence_refusal_device ON evidence_refusal(device_id, op_seq);

-- The device's side. When the server refuses a record of this device's chain, the
-- device's chain restarts from the last record the server logged, and each record the
-- refusal cut off is signed again as a new record (once: a re-signed record that is
-- refused again stays refused, for the inspector to see). The old record stays as it was;
-- this table says which new record stands for it, and why.
CREATE TABLE evidence_resign (
    old_record_id TEXT PRIMARY KEY NOT NULL,   -- the refused (or cut-off, never sent) record
    new_record_id TEXT NOT NULL UNIQUE REFERENCES evidence_record(id),
    code          TEXT NOT NULL,               -- why: the server's code, or CHAIN_RESTART
    reason        TEXT NOT NULL,
    resigned_at   INTEGER NOT NULL
);
