-- 0016 (server only): "double random, one public" draws and their routes (docs/routes.md).
-- Devices receive a published route as ordinary assignment rows (0001), so nothing here
-- reaches them and the device schema is unchanged.

-- An inspector who may not inspect an enterprise (kin, former employer, a shareholding...).
-- Draws never put such an inspector on that enterprise's team.
CREATE TABLE conflict_of_interest (
    id            TEXT PRIMARY KEY NOT NULL,
    inspector_id  TEXT NOT NULL REFERENCES inspector(id),
    enterprise_id TEXT NOT NULL REFERENCES enterprise(id),
    reason        TEXT NOT NULL CHECK (length(trim(reason)) > 0),
    recorded_by   TEXT NOT NULL,                  -- inspector id of the supervisor (or admin device id)
    recorded_at   INTEGER NOT NULL,
    UNIQUE (inspector_id, enterprise_id)
);

-- One draw: the seed, the rules, the pool as it was and the result (content: the JSON that
-- routes::DrawRecord writes; content_hash its SHA-256), then the plan and its publication.
CREATE TABLE route_draw (
    id            TEXT PRIMARY KEY NOT NULL,
    number        INTEGER NOT NULL UNIQUE CHECK (number >= 1), -- what supervisors type
    seed          TEXT NOT NULL,                  -- decimal, 0 .. 2^64 − 1
    content       TEXT NOT NULL,                  -- {seed, rules, pool, result}
    content_hash  TEXT NOT NULL,                  -- sha256:<hex> of the canonical content
    created_by    TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    plan          TEXT,                           -- JSON: start and each team's order and lengths
    planned_by    TEXT,
    planned_at    INTEGER,
    published_by  TEXT,
    published_at  INTEGER,                        -- set by `route assign`; frozen from then on
    CHECK (published_at IS NULL OR plan IS NOT NULL)
);

-- The record of a draw is never changed and never deleted, published or not (a draw made and
-- quietly dropped for a better one is what the record exists to show); the plan may be redone
-- until the route is published, and nothing at all after.
CREATE TRIGGER route_draw_content_fixed
BEFORE UPDATE OF id, number, seed, content, content_hash, created_by, created_at ON route_draw
BEGIN
    SELECT RAISE(ABORT, 'route_draw: a draw''s seed, pool, rules and result are never changed');
END;
CREATE TRIGGER route_draw_published_fixed BEFORE UPDATE ON route_draw
WHEN OLD.published_at IS NOT NULL
BEGIN
    SELECT RAISE(ABORT, 'route_draw: a published draw cannot be changed');
END;
CREATE TRIGGER route_draw_kept BEFORE DELETE ON route_draw
BEGIN
    SELECT RAISE(ABORT, 'route_draw: draws are never deleted');
END;

-- The assignments a draw's publication made (and its reassignments), so the route can be
-- withdrawn without touching assignments made by hand.
CREATE TABLE route_assignment (
    draw_id       TEXT NOT NULL REFERENCES route_draw(id),
    assignment_id TEXT NOT NULL UNIQUE REFERENCES assignment(id),
    inspector_id  TEXT NOT NULL,
    permit_id     TEXT NOT NULL,
    enterprise_id TEXT NOT NULL,
    team          INTEGER NOT NULL CHECK (team >= 1)
);
CREATE INDEX route_assignment_draw ON route_assignment(draw_id, permit_id);

-- Every supervisor action on draws and conflicts: who, when, what. Insert-only.
CREATE TABLE route_event (
    id      INTEGER PRIMARY KEY,
    draw_id TEXT,                                 -- NULL for a conflict of interest
    action  TEXT NOT NULL CHECK (action = 'draw' OR action = 'plan' OR action = 'publish' OR action = 'reassign' OR action = 'withdraw' OR action = 'conflict'),
    actor   TEXT NOT NULL,                        -- inspector id of the supervisor (or admin device id)
    at      INTEGER NOT NULL,
    detail  TEXT NOT NULL                         -- JSON: what was done
);
CREATE INDEX route_event_draw ON route_event(draw_id, id);
CREATE TRIGGER route_event_insert_only_update BEFORE UPDATE ON route_event
BEGIN
    SELECT RAISE(ABORT, 'route_event: the audit trail is never changed');
END;
CREATE TRIGGER route_event_insert_only_delete BEFORE DELETE ON route_event
BEGIN
    SELECT RAISE(ABORT, 'route_event: the audit trail is never changed');
END;
