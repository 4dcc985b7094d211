-- 0012: a flag's full verdict and its state (issue 11, "Flags"; DESIGN.md "Discrepancy
-- rules"). The flag table of 0002 is rebuilt (new table, copy, drop, rename: SQLite cannot
-- change a CHECK or drop a foreign key in place). It held no rows in practice; any it holds
-- are kept, 'closed' becoming 'resolved'.
--
-- permit_id and outlet_id lose their foreign keys: a flag may be about a US NPDES permit or
-- outfall kept in other tables (the ECHO import), and the device may hold a flag before or
-- after the permit it names. Columns after updated_at are appended to the synced entity
-- (their field numbers follow the existing ones; docs/protocol.md section 1).

CREATE TABLE flag_new (
    id          TEXT PRIMARY KEY NOT NULL,        -- rules::flagId(rule, subject)
    rule_id     TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity = 'info' OR severity = 'warning' OR severity = 'violation'),
    permit_id   TEXT NOT NULL,
    outlet_id   TEXT,
    pollutant   TEXT,
    period      TEXT,
    compared    TEXT NOT NULL,                    -- JSON array: the inputs {name, value, unit, source}
    message_en  TEXT NOT NULL,
    message_zh  TEXT NOT NULL,
    evidence    TEXT,                             -- JSON array of {kind, id}
    -- open: raised by the last evaluation; resolved: the last evaluation no longer raised it;
    -- acknowledged / dismissed: a supervisor's decision, kept whatever evaluation says.
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'resolved' OR status = 'acknowledged' OR status = 'dismissed'),
    raised_at   INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    rule_version INTEGER NOT NULL DEFAULT 1 CHECK (rule_version >= 1),
    computation TEXT,                             -- JSON {inputs: [...], steps: [...]}
    exceedance_pct REAL,                          -- percent beyond the limit (R1, R3)
    detail      TEXT,                             -- narrows the subject (checklist item, observed outlet)
    decision_reason TEXT,                         -- the supervisor's reason to acknowledge / dismiss
    decided_by  TEXT,                             -- inspector id of the supervisor
    decided_at  INTEGER
);

INSERT INTO flag_new (id, rule_id, severity, permit_id, outlet_id, pollutant, period, compared,
                      message_en, message_zh, evidence, status, raised_at, updated_at)
SELECT id, rule_id, severity, permit_id, outlet_id, pollutant, period, compared, message_en,
       message_zh, evidence, CASE status WHEN 'closed' THEN 'resolved' ELSE status END,
       raised_at, updated_at
FROM flag;

DROP TABLE flag;
ALTER TABLE flag_new RENAME TO flag;
CREATE INDEX flag_permit ON flag(permit_id, status);
CREATE INDEX flag_rule ON flag(rule_id, status);
