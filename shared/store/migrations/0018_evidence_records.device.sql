-- 0018 (device only): signed evidence (issue 12; docs/evidence.md). The server's side,
-- with the same evidence_record table, is 0019.

-- The device's Ed25519 signing key pair, made at enrolment beside its CurveZMQ pair; the
-- public key is registered with the server. The secret never leaves the device (the store
-- is 0600, like the CurveZMQ secret above it). NULL: enrolled before 0018 (no signing).
ALTER TABLE sync_identity ADD COLUMN signing_public_key BLOB;  -- 32 bytes
ALTER TABLE sync_identity ADD COLUMN signing_secret_key BLOB;  -- 64 bytes (libsodium form)

-- One signed record a piece of evidence (and a submission): its canonical bytes and the
-- device's signature over them, written in the transaction that writes the evidence row,
-- synced as entity 23. Insert-only, like the evidence it covers. Records pulled from the
-- inspector's other devices land here too: record names its device.
CREATE TABLE evidence_record (
    id            TEXT PRIMARY KEY NOT NULL,
    inspection_id TEXT NOT NULL REFERENCES inspection(id), -- what the evidence belongs to
    subject_id    TEXT NOT NULL,                 -- the evidence row (or the inspection) signed
    record        BLOB NOT NULL,                 -- canonical bytes (docs/evidence.md 2)
    signature     BLOB NOT NULL                  -- Ed25519 over record, 64 bytes
);
CREATE INDEX evidence_record_subject ON evidence_record(subject_id);

-- This device's chain: the last record's seq and SHA-256, so the next record follows it
-- (one row, written with every record).
CREATE TABLE evidence_chain (
    id          INTEGER PRIMARY KEY CHECK (id = 1),
    device_id   TEXT NOT NULL,
    last_seq    INTEGER NOT NULL,
    last_sha256 BLOB NOT NULL
);

-- Signed tree heads the server returned, and for each of this device's records the
-- inclusion proof against one of them: what shows the record was logged, offline.
CREATE TABLE evidence_tree_head (
    tree_size INTEGER PRIMARY KEY,
    root_hash BLOB NOT NULL,
    timestamp INTEGER NOT NULL,                  -- the server's ms since epoch
    signature BLOB NOT NULL                      -- the server's Ed25519 signature
);
CREATE TABLE evidence_receipt (
    record_id   TEXT PRIMARY KEY NOT NULL REFERENCES evidence_record(id),
    leaf_index  INTEGER NOT NULL,
    tree_size   INTEGER NOT NULL REFERENCES evidence_tree_head(tree_size),
    proof       BLOB NOT NULL,                   -- the audit path: 32-byte hashes, leaf first
    received_at INTEGER NOT NULL
);
