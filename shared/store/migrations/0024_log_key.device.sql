-- 0024 (device only): the server's evidence-log key, pinned at enrolment (issue 12;
-- docs/evidence.md 4). ENROLL_REPLY carries it (`lk`); every receipt's tree head is checked
-- against it before the receipt is kept. NULL: enrolled before 0024 (or by a server that
-- sent none): receipts are still checked against their head's root, the head's signature
-- is not, and the device says so.
ALTER TABLE sync_identity ADD COLUMN log_public_key BLOB;  -- 32 bytes, Ed25519
