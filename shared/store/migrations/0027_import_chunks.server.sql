-- 0027 (server only): imports that commit in chunks and can still be taken back (issue 14
-- part 6, importer/importchunks.h, docs/formats.md "An import beside a running server").
--
-- A long import used to be one transaction, holding the store's write lock for minutes while
-- the sync server's pushes waited and failed. It now commits a chunk at a time; each chunk
-- keeps its inverse (store::UndoSession: a zstd-compressed SQLite changeset) here, in the
-- same transaction, so that a failure at any point, a killed process included, can take every
-- chunk back. import_in_flight has a row while an import is under way: pulls serve no change
-- numbered from its first_seq on until it has committed or been taken back, so devices never
-- see half an import. The last chunk deletes both, with the import_run row, in one commit.
CREATE TABLE import_in_flight (
    id         INTEGER PRIMARY KEY CHECK (id = 1),  -- one import at a time (and a lock file)
    kind       TEXT NOT NULL,
    file_name  TEXT NOT NULL,
    started_at INTEGER NOT NULL,                    -- ms since the epoch
    first_seq  INTEGER NOT NULL                     -- the first change number it may take
);
CREATE TABLE import_undo (
    chunk   INTEGER PRIMARY KEY,                    -- 1, 2, ... in commit order
    inverse BLOB NOT NULL
);

-- A table that SQLite's sessions can record needs a declared PRIMARY KEY; route_assignment was
-- the one server table without (assignment_id was UNIQUE NOT NULL: the same key). Rebuilt by
-- SQLite's documented procedure; nothing else names it in the schema.
CREATE TABLE route_assignment_rebuilt (
    draw_id       TEXT NOT NULL REFERENCES route_draw(id),
    assignment_id TEXT NOT NULL PRIMARY KEY REFERENCES assignment(id),
    inspector_id  TEXT NOT NULL,
    permit_id     TEXT NOT NULL,
    enterprise_id TEXT NOT NULL,
    team          INTEGER NOT NULL CHECK (team >= 1)
);
INSERT INTO route_assignment_rebuilt (draw_id, assignment_id, inspector_id, permit_id,
        enterprise_id, team)
    SELECT draw_id, assignment_id, inspector_id, permit_id, enterprise_id, team
    FROM route_assignment;
DROP TABLE route_assignment;
ALTER TABLE route_assignment_rebuilt RENAME TO route_assignment;
CREATE INDEX route_assignment_draw ON route_assignment(draw_id, permit_id);
