-- 0002: field records made by inspectors on devices, synced to the server.
-- Evidence rows are insert-only: a correction is a new row whose supersedes_id names
-- the row it corrects; the old row stays.

CREATE TABLE inspection (
    id            TEXT PRIMARY KEY NOT NULL,
    permit_id     TEXT NOT NULL REFERENCES permit(id),
    inspector_id  TEXT NOT NULL REFERENCES inspector(id),
    assignment_id TEXT REFERENCES assignment(id),
    phase         TEXT NOT NULL CHECK (phase = 'pre_issuance' OR phase = 'post_issuance'),
    template_id   TEXT REFERENCES checklist_template(id),
    status        TEXT NOT NULL CHECK (status = 'in_progress' OR status = 'submitted' OR status = 'reviewed'),
    started_at    INTEGER NOT NULL,
    submitted_at  INTEGER,
    summary       TEXT,                             -- editable note (last writer wins)
    production_load TEXT                            -- what was seen: running / partial / stopped
);
CREATE INDEX inspection_permit ON inspection(permit_id);

CREATE TABLE checklist_answer (
    id            TEXT PRIMARY KEY NOT NULL,
    inspection_id TEXT NOT NULL REFERENCES inspection(id),
    item_id       TEXT NOT NULL REFERENCES checklist_item(id),
    answer        TEXT NOT NULL CHECK (answer = 'compliant' OR answer = 'non_compliant' OR answer = 'not_applicable'),
    note          TEXT,
    recorded_at   INTEGER NOT NULL,
    supersedes_id TEXT REFERENCES checklist_answer(id)
);

CREATE TABLE measurement (
    id            TEXT PRIMARY KEY NOT NULL,
    inspection_id TEXT NOT NULL REFERENCES inspection(id),
    outlet_id     TEXT REFERENCES outlet(id),
    pollutant     TEXT NOT NULL,
    value         REAL NOT NULL,
    unit          TEXT NOT NULL,
    o2_pct        REAL CHECK (o2_pct IS NULL OR (o2_pct >= 0 AND o2_pct < 21)),
    instrument_id TEXT,
    method        TEXT,
    recorded_at   INTEGER NOT NULL,
    supersedes_id TEXT REFERENCES measurement(id)
);

CREATE TABLE position_fix (
    id            TEXT PRIMARY KEY NOT NULL,
    inspection_id TEXT NOT NULL REFERENCES inspection(id),
    outlet_id     TEXT REFERENCES outlet(id),
    purpose       TEXT NOT NULL CHECK (purpose = 'arrival' OR purpose = 'outlet_check' OR purpose = 'undeclared_outlet' OR purpose = 'photo'),
    lat           REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon           REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    accuracy_m    REAL NOT NULL CHECK (accuracy_m >= 0),
    samples       INTEGER NOT NULL DEFAULT 1 CHECK (samples >= 1),
    recorded_at   INTEGER NOT NULL
);

-- An outlet found discharging on site that is not on the permit.
CREATE TABLE observed_outlet (
    id            TEXT PRIMARY KEY NOT NULL,
    inspection_id TEXT NOT NULL REFERENCES inspection(id),
    fix_id        TEXT REFERENCES position_fix(id),
    medium        TEXT NOT NULL CHECK (medium = 'air' OR medium = 'water'),
    description   TEXT NOT NULL,
    recorded_at   INTEGER NOT NULL
);

CREATE TABLE photo (
    id                TEXT PRIMARY KEY NOT NULL,
    inspection_id     TEXT NOT NULL REFERENCES inspection(id),
    sha256            TEXT NOT NULL,              -- of the original bytes, taken at capture
    byte_size         INTEGER NOT NULL CHECK (byte_size > 0),
    mime              TEXT NOT NULL,
    subject           TEXT,                       -- checklist item, outlet or observed outlet id
    caption           TEXT,
    lat               REAL,
    lon               REAL,
    accuracy_m        REAL,
    taken_at          INTEGER NOT NULL,
    supersedes_id     TEXT REFERENCES photo(id)
);
CREATE INDEX photo_sha ON photo(sha256);

CREATE TABLE signature (
    id            TEXT PRIMARY KEY NOT NULL,
    inspection_id TEXT NOT NULL REFERENCES inspection(id),
    signer_role   TEXT NOT NULL CHECK (signer_role = 'inspector' OR signer_role = 'representative'),
    signer_name   TEXT NOT NULL,
    refused       INTEGER NOT NULL DEFAULT 0 CHECK (refused IN (0, 1)),
    strokes       BLOB,                           -- the drawn signature, as encoded strokes
    signed_at     INTEGER NOT NULL
);

CREATE TABLE flag (
    id          TEXT PRIMARY KEY NOT NULL,        -- derived from rule and subject
    rule_id     TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity = 'info' OR severity = 'warning' OR severity = 'violation'),
    permit_id   TEXT NOT NULL REFERENCES permit(id),
    outlet_id   TEXT REFERENCES outlet(id),
    pollutant   TEXT,
    period      TEXT,
    compared    TEXT NOT NULL,                    -- JSON: the numbers the rule compared
    message_en  TEXT NOT NULL,
    message_zh  TEXT NOT NULL,
    evidence    TEXT,                             -- JSON array of evidence row ids
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status = 'open' OR status = 'acknowledged' OR status = 'closed'),
    raised_at   INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX flag_permit ON flag(permit_id, status);
