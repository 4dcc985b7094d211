-- 0019 (server only): the evidence log (issue 12; docs/evidence.md). The device's side is
-- 0018; evidence_record is the same table on both.

-- Each device's Ed25519 public key, registered at enrolment beside its CurveZMQ key. Kept
-- after revocation (revoked_at stays the limit of what it may have signed) so that old
-- evidence still verifies. NULL: the admin credential, or a device enrolled before 0018.
ALTER TABLE device ADD COLUMN signing_public_key BLOB;

-- Signed records as synced (entity 23): the copy of a record under its inspection, which
-- the inspector's other devices pull. The log below is what proves it.
CREATE TABLE evidence_record (
    id            TEXT PRIMARY KEY NOT NULL,
    inspection_id TEXT NOT NULL REFERENCES inspection(id),
    subject_id    TEXT NOT NULL,
    record        BLOB NOT NULL,
    signature     BLOB NOT NULL
);
CREATE INDEX evidence_record_subject ON evidence_record(subject_id);

-- Where each device's chain stands on the server: the next record must be last_seq + 1
-- and name last_sha256.
CREATE TABLE evidence_chain (
    device_id   TEXT PRIMARY KEY NOT NULL REFERENCES device(id),
    last_seq    INTEGER NOT NULL,
    last_sha256 BLOB NOT NULL
);

-- The append-only Merkle log (RFC 9162 hashing). A leaf is the record's canonical bytes
-- followed by its 64-byte signature; leaf_index counts from 0.
CREATE TABLE evidence_log (
    leaf_index    INTEGER PRIMARY KEY,
    record_id     TEXT NOT NULL UNIQUE,
    device_id     TEXT NOT NULL,
    record_seq    INTEGER NOT NULL,
    record_sha256 BLOB NOT NULL,
    record        BLOB NOT NULL,
    signature     BLOB NOT NULL,
    logged_at     INTEGER NOT NULL,
    UNIQUE (device_id, record_seq)
);

-- Completed subtree hashes: the subtree of 2^level leaves starting at leaf idx * 2^level,
-- written when its last leaf is appended (level 0: the leaf hashes). Such a subtree never
-- changes, so any root or proof is O(log n) look-ups here (docs/evidence.md 4).
CREATE TABLE evidence_log_node (
    level INTEGER NOT NULL,
    idx   INTEGER NOT NULL,
    hash  BLOB NOT NULL,
    PRIMARY KEY (level, idx)
) WITHOUT ROWID;

-- Every tree head the server signed (after each committed push with records).
CREATE TABLE evidence_tree_head (
    tree_size INTEGER PRIMARY KEY,
    root_hash BLOB NOT NULL,
    timestamp INTEGER NOT NULL,
    signature BLOB NOT NULL
);

-- Append-only, enforced by the store itself and not only by the code that writes it.
CREATE TRIGGER evidence_log_no_update BEFORE UPDATE ON evidence_log
BEGIN SELECT RAISE(ABORT, 'the evidence log is append-only'); END;
CREATE TRIGGER evidence_log_no_delete BEFORE DELETE ON evidence_log
BEGIN SELECT RAISE(ABORT, 'the evidence log is append-only'); END;
CREATE TRIGGER evidence_log_node_no_update BEFORE UPDATE ON evidence_log_node
BEGIN SELECT RAISE(ABORT, 'the evidence log is append-only'); END;
CREATE TRIGGER evidence_log_node_no_delete BEFORE DELETE ON evidence_log_node
BEGIN SELECT RAISE(ABORT, 'the evidence log is append-only'); END;
