-- 0005 (server only): the sync server's bookkeeping (docs/protocol.md section 4).

-- Enrolled devices and the admin credential. A device is its CurveZMQ public key; revoking
-- sets revoked_at and the ZAP handler refuses the key from then on.
CREATE TABLE device (
    id           TEXT PRIMARY KEY NOT NULL,
    inspector_id TEXT REFERENCES inspector(id),     -- NULL for the admin credential
    role         TEXT NOT NULL CHECK (role IN ('device', 'admin')),
    public_key   TEXT NOT NULL UNIQUE,              -- Z85, 40 characters
    last_seq     INTEGER NOT NULL DEFAULT 0,        -- last device seq the server applied
    enrolled_at  INTEGER NOT NULL,
    revoked_at   INTEGER,
    CHECK (role = 'admin' OR inspector_id IS NOT NULL)
);

-- One-time enrolment tokens a supervisor issues for an inspector. Only the SHA-256 of the
-- token is kept, so a copy of the store does not hold usable tokens.
CREATE TABLE enrol_token (
    token_sha256 TEXT PRIMARY KEY NOT NULL,
    inspector_id TEXT NOT NULL REFERENCES inspector(id),
    issued_by    TEXT NOT NULL,
    issued_at    INTEGER NOT NULL,
    expires_at   INTEGER NOT NULL,
    used_at      INTEGER,
    device_id    TEXT REFERENCES device(id)
);

-- The one sequence of the server: every accepted device op and every reference row change
-- takes the next number. Writers are serialised by SQLite, so numbers commit in order.
CREATE TABLE sync_counter (
    id  INTEGER PRIMARY KEY CHECK (id = 1),
    seq INTEGER NOT NULL
);
INSERT INTO sync_counter (id, seq) VALUES (1, 0);

-- Accepted device ops, in sequence. body is the op alone (OpBodyCodec), clock clamped.
-- inspector_id is the owner of the inspection the op belongs to (not always the author:
-- a supervisor's review is delivered to the inspector's devices).
CREATE TABLE sync_op (
    seq          INTEGER PRIMARY KEY,
    op_id        BLOB NOT NULL UNIQUE,
    device_id    TEXT NOT NULL,
    inspector_id TEXT NOT NULL,
    permit_id    TEXT NOT NULL,
    entity       INTEGER NOT NULL,
    row_id       TEXT NOT NULL,
    body         BLOB NOT NULL
);
CREATE INDEX sync_op_scope ON sync_op(inspector_id, permit_id, seq);

-- Every push batch and the acknowledgement sent for it, committed with the applied ops, so
-- a duplicate batch is answered with the stored acknowledgement and applied only once.
CREATE TABLE push_batch (
    batch_id   BLOB PRIMARY KEY NOT NULL,
    device_id  TEXT NOT NULL REFERENCES device(id),
    first_seq  INTEGER NOT NULL,
    last_seq   INTEGER NOT NULL,
    ack        BLOB NOT NULL,                       -- the PUSH_ACK header, CBOR
    applied_at INTEGER NOT NULL
);

-- The clock of the last accepted write of each editable field, for last-writer-wins.
CREATE TABLE field_clock (
    entity INTEGER NOT NULL,
    row_id TEXT NOT NULL,
    field  INTEGER NOT NULL,
    hlc    INTEGER NOT NULL,
    node   BLOB NOT NULL,
    PRIMARY KEY (entity, row_id, field)
);

-- Values that lost a last-writer-wins comparison, for the supervisor. Nothing is dropped
-- silently: the loser's value, clock and device are here.
CREATE TABLE conflict_log (
    id          INTEGER PRIMARY KEY,
    entity      INTEGER NOT NULL,
    row_id      TEXT NOT NULL,
    field       TEXT NOT NULL,
    lost_value,
    lost_hlc    INTEGER NOT NULL,
    lost_node   TEXT NOT NULL,
    won_hlc     INTEGER NOT NULL,
    won_node    TEXT NOT NULL,
    recorded_at INTEGER NOT NULL
);
CREATE INDEX conflict_log_row ON conflict_log(entity, row_id);

-- Photo blobs held in DATA/blobs/ (content-addressed), complete and verified.
CREATE TABLE blob (
    sha256      TEXT PRIMARY KEY NOT NULL,
    byte_size   INTEGER NOT NULL,
    device_id   TEXT NOT NULL,
    received_at INTEGER NOT NULL
);

-- Change capture of reference data: the latest version of every reference row, whoever
-- wrote it (importers, supervisor commands, another process). Triggers below keep it, so
-- no writer can forget to tell the devices. (DELETE then INSERT, not INSERT OR REPLACE: an
-- outer UPSERT's conflict clause would override the trigger's.) Pulls send a row's current state, never its
-- history; deleted rows stay as tombstones. scope says which devices need the row:
-- 'permit' (scope_id = permit; owner set for assignments), 'enterprise', 'global'.
CREATE TABLE ref_row (
    entity   INTEGER NOT NULL,
    row_id   TEXT NOT NULL,
    scope    TEXT NOT NULL CHECK (scope IN ('permit', 'enterprise', 'global')),
    scope_id TEXT,
    owner    TEXT,
    period   TEXT,                                  -- reported_value: the 12-month window
    seq      INTEGER NOT NULL,
    deleted  INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (entity, row_id)
);
CREATE INDEX ref_row_seq ON ref_row(seq);
CREATE INDEX ref_row_scope ON ref_row(scope, scope_id);

CREATE TRIGGER ref_enterprise_insert AFTER INSERT ON enterprise BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 8 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (8, NEW.id, 'enterprise', NEW.id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_enterprise_update AFTER UPDATE ON enterprise BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 8 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (8, NEW.id, 'enterprise', NEW.id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_enterprise_delete AFTER DELETE ON enterprise BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 8 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (8, OLD.id, 'enterprise', OLD.id, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_permit_insert AFTER INSERT ON permit BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 9 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (9, NEW.id, 'permit', NEW.id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_permit_update AFTER UPDATE ON permit BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 9 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (9, NEW.id, 'permit', NEW.id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_permit_delete AFTER DELETE ON permit BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 9 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (9, OLD.id, 'permit', OLD.id, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_report_schedule_insert AFTER INSERT ON report_schedule BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 10 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (10, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_report_schedule_update AFTER UPDATE ON report_schedule BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 10 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (10, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_report_schedule_delete AFTER DELETE ON report_schedule BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 10 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (10, OLD.id, 'permit', OLD.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_outlet_insert AFTER INSERT ON outlet BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 11 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (11, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_outlet_update AFTER UPDATE ON outlet BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 11 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (11, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_outlet_delete AFTER DELETE ON outlet BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 11 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (11, OLD.id, 'permit', OLD.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_emission_limit_insert AFTER INSERT ON emission_limit BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 12 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (12, NEW.id, 'permit', (SELECT permit_id FROM outlet WHERE id = NEW.outlet_id), NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_emission_limit_update AFTER UPDATE ON emission_limit BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 12 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (12, NEW.id, 'permit', (SELECT permit_id FROM outlet WHERE id = NEW.outlet_id), NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_emission_limit_delete AFTER DELETE ON emission_limit BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 12 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (12, OLD.id, 'permit', (SELECT permit_id FROM outlet WHERE id = OLD.outlet_id), NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_monitoring_requirement_insert AFTER INSERT ON monitoring_requirement BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 13 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (13, NEW.id, 'permit', (SELECT permit_id FROM outlet WHERE id = NEW.outlet_id), NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_monitoring_requirement_update AFTER UPDATE ON monitoring_requirement BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 13 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (13, NEW.id, 'permit', (SELECT permit_id FROM outlet WHERE id = NEW.outlet_id), NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_monitoring_requirement_delete AFTER DELETE ON monitoring_requirement BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 13 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (13, OLD.id, 'permit', (SELECT permit_id FROM outlet WHERE id = OLD.outlet_id), NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_checklist_template_insert AFTER INSERT ON checklist_template BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 14 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (14, NEW.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_checklist_template_update AFTER UPDATE ON checklist_template BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 14 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (14, NEW.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_checklist_template_delete AFTER DELETE ON checklist_template BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 14 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (14, OLD.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_checklist_item_insert AFTER INSERT ON checklist_item BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 15 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (15, NEW.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_checklist_item_update AFTER UPDATE ON checklist_item BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 15 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (15, NEW.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_checklist_item_delete AFTER DELETE ON checklist_item BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 15 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (15, OLD.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_inspector_insert AFTER INSERT ON inspector BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 16 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (16, NEW.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_inspector_update AFTER UPDATE ON inspector BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 16 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (16, NEW.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_inspector_delete AFTER DELETE ON inspector BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 16 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (16, OLD.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_assignment_insert AFTER INSERT ON assignment BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 17 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (17, NEW.id, 'permit', NEW.permit_id, NEW.inspector_id, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_assignment_update AFTER UPDATE ON assignment BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 17 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (17, NEW.id, 'permit', NEW.permit_id, NEW.inspector_id, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_assignment_delete AFTER DELETE ON assignment BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 17 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (17, OLD.id, 'permit', OLD.permit_id, OLD.inspector_id, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_reported_value_insert AFTER INSERT ON reported_value BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 18 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (18, NEW.id, 'permit', (SELECT permit_id FROM outlet WHERE id = NEW.outlet_id), NULL, NEW.period,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_reported_value_update AFTER UPDATE ON reported_value BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 18 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (18, NEW.id, 'permit', (SELECT permit_id FROM outlet WHERE id = NEW.outlet_id), NULL, NEW.period,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_reported_value_delete AFTER DELETE ON reported_value BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 18 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (18, OLD.id, 'permit', (SELECT permit_id FROM outlet WHERE id = OLD.outlet_id), NULL, OLD.period,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_execution_report_insert AFTER INSERT ON execution_report BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 19 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (19, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_execution_report_update AFTER UPDATE ON execution_report BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 19 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (19, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_execution_report_delete AFTER DELETE ON execution_report BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 19 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (19, OLD.id, 'permit', OLD.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
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

-- Rows imported before this migration get their version through the triggers.
UPDATE enterprise SET id = id;
UPDATE permit SET id = id;
UPDATE report_schedule SET id = id;
UPDATE outlet SET id = id;
UPDATE emission_limit SET id = id;
UPDATE monitoring_requirement SET id = id;
UPDATE checklist_template SET id = id;
UPDATE checklist_item SET id = id;
UPDATE inspector SET id = id;
UPDATE assignment SET id = id;
UPDATE reported_value SET id = id;
UPDATE execution_report SET id = id;
UPDATE flag SET id = id;
