-- 0025 (server only): bulk change capture for imports (issue 14 part 4).
--
-- Every reference row insert used to cost four writes in its trigger (the counter, a ref_row
-- probe, the ref_row row and its two indexes): in a permit import, more than the row itself.
-- While capture_pause holds its one row (ImportRun, inside the import's own transaction, so no
-- other connection ever sees it), an insert only notes which row it was, in captured_insert;
-- before the import commits, store::BulkCapture writes their ref_row rows in one statement a
-- table, numbered in the order the rows were inserted. Updates and deletes keep their
-- triggers: an import writes few. The ref_capture_<entity> views say, once, what ref_row
-- records of a row: the same values as the insert trigger.
CREATE TABLE capture_pause (
    id INTEGER PRIMARY KEY CHECK (id = 1)
);
CREATE TABLE captured_insert (
    entity INTEGER NOT NULL,
    rid    INTEGER NOT NULL                         -- the inserted row's rowid
);

DROP TRIGGER ref_enterprise_insert;
CREATE TRIGGER ref_enterprise_insert AFTER INSERT ON enterprise
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 8 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (8, NEW.id, 'enterprise', NEW.id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_enterprise_insert_paused AFTER INSERT ON enterprise
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (8, NEW.rowid);
END;
CREATE VIEW ref_capture_8 AS
    SELECT t.rowid AS rid, 8 AS entity, t.id AS row_id, 'enterprise' AS scope, t.id AS scope_id,
           NULL AS owner, NULL AS period
    FROM enterprise t;

DROP TRIGGER ref_permit_insert;
CREATE TRIGGER ref_permit_insert AFTER INSERT ON permit
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 9 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (9, NEW.id, 'permit', NEW.id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_permit_insert_paused AFTER INSERT ON permit
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (9, NEW.rowid);
END;
CREATE VIEW ref_capture_9 AS
    SELECT t.rowid AS rid, 9 AS entity, t.id AS row_id, 'permit' AS scope, t.id AS scope_id,
           NULL AS owner, NULL AS period
    FROM permit t;

DROP TRIGGER ref_report_schedule_insert;
CREATE TRIGGER ref_report_schedule_insert AFTER INSERT ON report_schedule
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 10 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (10, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_report_schedule_insert_paused AFTER INSERT ON report_schedule
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (10, NEW.rowid);
END;
CREATE VIEW ref_capture_10 AS
    SELECT t.rowid AS rid, 10 AS entity, t.id AS row_id, 'permit' AS scope, t.permit_id AS scope_id,
           NULL AS owner, NULL AS period
    FROM report_schedule t;

DROP TRIGGER ref_outlet_insert;
CREATE TRIGGER ref_outlet_insert AFTER INSERT ON outlet
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 11 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (11, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_outlet_insert_paused AFTER INSERT ON outlet
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (11, NEW.rowid);
END;
CREATE VIEW ref_capture_11 AS
    SELECT t.rowid AS rid, 11 AS entity, t.id AS row_id, 'permit' AS scope, t.permit_id AS scope_id,
           NULL AS owner, NULL AS period
    FROM outlet t;

DROP TRIGGER ref_emission_limit_insert;
CREATE TRIGGER ref_emission_limit_insert AFTER INSERT ON emission_limit
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 12 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (12, NEW.id, 'permit', (SELECT permit_id FROM outlet WHERE id = NEW.outlet_id), NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_emission_limit_insert_paused AFTER INSERT ON emission_limit
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (12, NEW.rowid);
END;
CREATE VIEW ref_capture_12 AS
    SELECT t.rowid AS rid, 12 AS entity, t.id AS row_id, 'permit' AS scope, (SELECT permit_id FROM outlet WHERE id = t.outlet_id) AS scope_id,
           NULL AS owner, NULL AS period
    FROM emission_limit t;

DROP TRIGGER ref_monitoring_requirement_insert;
CREATE TRIGGER ref_monitoring_requirement_insert AFTER INSERT ON monitoring_requirement
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 13 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (13, NEW.id, 'permit', (SELECT permit_id FROM outlet WHERE id = NEW.outlet_id), NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_monitoring_requirement_insert_paused AFTER INSERT ON monitoring_requirement
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (13, NEW.rowid);
END;
CREATE VIEW ref_capture_13 AS
    SELECT t.rowid AS rid, 13 AS entity, t.id AS row_id, 'permit' AS scope, (SELECT permit_id FROM outlet WHERE id = t.outlet_id) AS scope_id,
           NULL AS owner, NULL AS period
    FROM monitoring_requirement t;

DROP TRIGGER ref_checklist_template_insert;
CREATE TRIGGER ref_checklist_template_insert AFTER INSERT ON checklist_template
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 14 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (14, NEW.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_checklist_template_insert_paused AFTER INSERT ON checklist_template
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (14, NEW.rowid);
END;
CREATE VIEW ref_capture_14 AS
    SELECT t.rowid AS rid, 14 AS entity, t.id AS row_id, 'global' AS scope, NULL AS scope_id,
           NULL AS owner, NULL AS period
    FROM checklist_template t;

DROP TRIGGER ref_checklist_item_insert;
CREATE TRIGGER ref_checklist_item_insert AFTER INSERT ON checklist_item
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 15 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (15, NEW.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_checklist_item_insert_paused AFTER INSERT ON checklist_item
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (15, NEW.rowid);
END;
CREATE VIEW ref_capture_15 AS
    SELECT t.rowid AS rid, 15 AS entity, t.id AS row_id, 'global' AS scope, NULL AS scope_id,
           NULL AS owner, NULL AS period
    FROM checklist_item t;

DROP TRIGGER ref_inspector_insert;
CREATE TRIGGER ref_inspector_insert AFTER INSERT ON inspector
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 16 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (16, NEW.id, 'global', NULL, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_inspector_insert_paused AFTER INSERT ON inspector
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (16, NEW.rowid);
END;
CREATE VIEW ref_capture_16 AS
    SELECT t.rowid AS rid, 16 AS entity, t.id AS row_id, 'global' AS scope, NULL AS scope_id,
           NULL AS owner, NULL AS period
    FROM inspector t;

DROP TRIGGER ref_assignment_insert;
CREATE TRIGGER ref_assignment_insert AFTER INSERT ON assignment
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 17 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (17, NEW.id, 'permit', NEW.permit_id, NEW.inspector_id, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_assignment_insert_paused AFTER INSERT ON assignment
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (17, NEW.rowid);
END;
CREATE VIEW ref_capture_17 AS
    SELECT t.rowid AS rid, 17 AS entity, t.id AS row_id, 'permit' AS scope, t.permit_id AS scope_id,
           t.inspector_id AS owner, NULL AS period
    FROM assignment t;

DROP TRIGGER ref_reported_value_insert;
CREATE TRIGGER ref_reported_value_insert AFTER INSERT ON reported_value
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 18 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (18, NEW.id, 'permit', (SELECT permit_id FROM outlet WHERE id = NEW.outlet_id), NULL, NEW.period,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_reported_value_insert_paused AFTER INSERT ON reported_value
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (18, NEW.rowid);
END;
CREATE VIEW ref_capture_18 AS
    SELECT t.rowid AS rid, 18 AS entity, t.id AS row_id, 'permit' AS scope, (SELECT permit_id FROM outlet WHERE id = t.outlet_id) AS scope_id,
           NULL AS owner, t.period AS period
    FROM reported_value t;

DROP TRIGGER ref_execution_report_insert;
CREATE TRIGGER ref_execution_report_insert AFTER INSERT ON execution_report
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 19 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (19, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_execution_report_insert_paused AFTER INSERT ON execution_report
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (19, NEW.rowid);
END;
CREATE VIEW ref_capture_19 AS
    SELECT t.rowid AS rid, 19 AS entity, t.id AS row_id, 'permit' AS scope, t.permit_id AS scope_id,
           NULL AS owner, NULL AS period
    FROM execution_report t;

DROP TRIGGER ref_flag_insert;
CREATE TRIGGER ref_flag_insert AFTER INSERT ON flag
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 20 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (20, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_flag_insert_paused AFTER INSERT ON flag
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (20, NEW.rowid);
END;
CREATE VIEW ref_capture_20 AS
    SELECT t.rowid AS rid, 20 AS entity, t.id AS row_id, 'permit' AS scope, t.permit_id AS scope_id,
           NULL AS owner, NULL AS period
    FROM flag t;

DROP TRIGGER ref_treatment_facility_insert;
CREATE TRIGGER ref_treatment_facility_insert AFTER INSERT ON treatment_facility
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 24 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (24, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_treatment_facility_insert_paused AFTER INSERT ON treatment_facility
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (24, NEW.rowid);
END;
CREATE VIEW ref_capture_24 AS
    SELECT t.rowid AS rid, 24 AS entity, t.id AS row_id, 'permit' AS scope, t.permit_id AS scope_id,
           NULL AS owner, NULL AS period
    FROM treatment_facility t;

DROP TRIGGER ref_application_decision_insert;
CREATE TRIGGER ref_application_decision_insert AFTER INSERT ON application_decision
    WHEN NOT EXISTS (SELECT 1 FROM capture_pause) BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 26 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (26, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_application_decision_insert_paused AFTER INSERT ON application_decision
    WHEN EXISTS (SELECT 1 FROM capture_pause) BEGIN
    INSERT INTO captured_insert (entity, rid) VALUES (26, NEW.rowid);
END;
CREATE VIEW ref_capture_26 AS
    SELECT t.rowid AS rid, 26 AS entity, t.id AS row_id, 'permit' AS scope, t.permit_id AS scope_id,
           NULL AS owner, NULL AS period
    FROM application_decision t;
