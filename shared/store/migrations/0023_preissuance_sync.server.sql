-- 0023: change capture for the server-written tables of 0022 (docs/protocol.md 4): each row
-- reaches the devices that hold its permit (or application).

CREATE TRIGGER ref_treatment_facility_insert AFTER INSERT ON treatment_facility BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 24 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (24, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_treatment_facility_update AFTER UPDATE ON treatment_facility BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 24 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (24, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_treatment_facility_delete AFTER DELETE ON treatment_facility BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 24 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (24, OLD.id, 'permit', OLD.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
CREATE TRIGGER ref_application_decision_insert AFTER INSERT ON application_decision BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 26 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (26, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_application_decision_update AFTER UPDATE ON application_decision BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 26 AND row_id = NEW.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (26, NEW.id, 'permit', NEW.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 0);
END;
CREATE TRIGGER ref_application_decision_delete AFTER DELETE ON application_decision BEGIN
    UPDATE sync_counter SET seq = seq + 1;
    DELETE FROM ref_row WHERE entity = 26 AND row_id = OLD.id;
    INSERT INTO ref_row (entity, row_id, scope, scope_id, owner, period, seq, deleted)
    VALUES (26, OLD.id, 'permit', OLD.permit_id, NULL, NULL,
            (SELECT seq FROM sync_counter), 1);
END;
