-- 0022: applications inspected before issuance (issue 13, part 7; docs/schema.md "Before
-- issuance"). Columns appended to synced tables keep the existing field numbers
-- (docs/protocol.md 1).

-- A permit row is either an issued permit or an application for one. An application has no
-- issue date yet: its issued_on is '' (the column is NOT NULL and SQLite cannot relax that in
-- place) and its valid_from / valid_to are the term applied for. applied_on: the day it was
-- filed. capacity_value / capacity_unit: the production capacity declared, as a number the
-- pre-issuance inspection compares with what it observes (R17); capacity stays the text.
ALTER TABLE permit ADD COLUMN status TEXT NOT NULL DEFAULT 'issued'
    CHECK (status = 'issued' OR status = 'application');
ALTER TABLE permit ADD COLUMN applied_on TEXT
    CHECK (applied_on IS NULL OR applied_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
ALTER TABLE permit ADD COLUMN capacity_value REAL
    CHECK (capacity_value IS NULL OR capacity_value > 0);
ALTER TABLE permit ADD COLUMN capacity_unit TEXT;
-- An issued permit imported over an application: the supervisor's decision on that
-- application (application_decision.id), NULL for a permit with no application on record.
ALTER TABLE permit ADD COLUMN application_decision_id TEXT;

-- A treatment facility the permit (or application) declares: wastewater treatment, flue-gas
-- desulphurisation... Reference data (entity 24), deleted with its permit.
CREATE TABLE treatment_facility (
    id         TEXT PRIMARY KEY NOT NULL,
    permit_id  TEXT NOT NULL REFERENCES permit(id) ON DELETE CASCADE,
    code       TEXT NOT NULL,                   -- T001
    name       TEXT NOT NULL,
    treats     TEXT NOT NULL,                   -- what it treats, as declared
    outlet_code TEXT,                           -- the outlet it discharges through, if declared
    expected_running INTEGER NOT NULL DEFAULT 1 CHECK (expected_running = 0 OR expected_running = 1),
    UNIQUE (permit_id, code)
);

-- One declaration checked on site during a pre-issuance inspection: a device field record,
-- evidence (entity 25, insert-only; a correction supersedes). kind says what was checked:
--   outlet    subject_id = the declared outlet; found; lat/lon/accuracy_m where it was found
--   facility  subject_id = the treatment facility; found; running
--   capacity  observed_value / observed_unit: the capacity seen (nameplate, records)
--   zone      outside_zones: 1 when the site is outside every prohibited zone
CREATE TABLE declaration_check (
    id             TEXT PRIMARY KEY NOT NULL,
    inspection_id  TEXT NOT NULL REFERENCES inspection(id),
    kind           TEXT NOT NULL CHECK (kind = 'outlet' OR kind = 'facility' OR kind = 'capacity' OR kind = 'zone'),
    subject_id     TEXT,
    found          INTEGER CHECK (found IS NULL OR found = 0 OR found = 1),
    running        INTEGER CHECK (running IS NULL OR running = 0 OR running = 1),
    lat            REAL CHECK (lat IS NULL OR (lat BETWEEN -90 AND 90)),
    lon            REAL CHECK (lon IS NULL OR (lon BETWEEN -180 AND 180)),
    accuracy_m     REAL CHECK (accuracy_m IS NULL OR accuracy_m >= 0),
    observed_value REAL CHECK (observed_value IS NULL OR observed_value >= 0),
    observed_unit  TEXT,
    outside_zones  INTEGER CHECK (outside_zones IS NULL OR outside_zones = 0 OR outside_zones = 1),
    note           TEXT CHECK (note IS NULL OR length(note) <= 2000),
    recorded_at    INTEGER NOT NULL,
    supersedes_id  TEXT REFERENCES declaration_check(id),
    CHECK ((kind = 'outlet' OR kind = 'facility') = (subject_id IS NOT NULL AND found IS NOT NULL)),
    CHECK (kind <> 'capacity' OR (observed_value IS NOT NULL AND observed_unit IS NOT NULL)),
    CHECK (kind <> 'zone' OR outside_zones IS NOT NULL)
);
CREATE INDEX declaration_check_inspection ON declaration_check(inspection_id);

-- The approving supervisor's decision on an application, one row each, never changed
-- (entity 26, server-written; the latest row is the application's state). A reason always.
CREATE TABLE application_decision (
    id          TEXT PRIMARY KEY NOT NULL,
    permit_id   TEXT NOT NULL,                   -- the application (a permit row)
    decision    TEXT NOT NULL CHECK (decision = 'approved' OR decision = 'returned' OR decision = 'refused'),
    reason      TEXT NOT NULL CHECK (length(reason) BETWEEN 1 AND 2000),
    decided_by  TEXT NOT NULL,                   -- supervisor's inspector id, or the admin device id
    decided_at  INTEGER NOT NULL
);
CREATE INDEX application_decision_permit ON application_decision(permit_id, decided_at);
