-- 0013 (server only): change capture of the rebuilt flag table and the history of every flag.

-- Dropping the table in 0012 dropped 0005's triggers with it; these are the same triggers,
-- so flags still reach the devices that hold the permit (ref_row scope 'permit').
CREATE TRIGGER ref_flag_insert AFTER INSERT ON flag BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 20 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (20, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_flag_update AFTER UPDATE ON flag BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 20 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (20, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_flag_delete AFTER DELETE ON flag BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 20 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (20, OLD.id, 'permit', OLD.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;

-- What happened to each flag, in order: raised, updated (its numbers changed), resolved (no
-- longer raised), reopened (raised again after it was resolved), acknowledged and dismissed
-- (a supervisor's decision). Never updated or deleted. actor is 'evaluator' for evaluation,
-- else the deciding inspector's id.
CREATE TABLE flag_event (
    id          INTEGER PRIMARY KEY,
    flag_id     TEXT NOT NULL,
    event       TEXT NOT NULL CHECK (event = 'raise' OR event = 'update' OR event = 'resolve' OR event = 'reopen' OR event = 'ack' OR event = 'dismiss'),
    status      TEXT NOT NULL,                    -- the flag's status after the event
    at          INTEGER NOT NULL,
    actor       TEXT NOT NULL,
    reason      TEXT,                             -- the supervisor's reason
    rule_version INTEGER,
    as_of       TEXT                              -- the evaluation date (CST) of an evaluation event
);
CREATE INDEX flag_event_flag ON flag_event(flag_id, id);

-- Flags copied by 0012 get a version through the triggers, so devices pull their new shape.
UPDATE flag SET id = id;
