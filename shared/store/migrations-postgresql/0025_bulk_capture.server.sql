-- 0025 on PostgreSQL: the tables of the bulk capture, without SQLite's machinery.
--
-- On SQLite (../migrations/0025_bulk_capture.server.sql), while capture_pause holds its row an
-- insert notes its rowid in captured_insert, and store::BulkCapture writes the ref_row rows a
-- table at a time before the import commits. PostgreSQL has no rowid; its way to the same end
-- is a statement-level trigger over the transition table of the rows one INSERT wrote, to be
-- written with the importers' move to this engine. Until then every insert is captured by
-- its row trigger of 0005, which is correct and slower. The tables exist so that the store
-- has the same tables on both engines.
CREATE TABLE capture_pause (
    id bigint PRIMARY KEY CHECK (id = 1)
);
CREATE TABLE captured_insert (
    entity bigint NOT NULL,
    rid    bigint NOT NULL
);
