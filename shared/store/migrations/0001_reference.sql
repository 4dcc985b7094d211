-- 0001: reference data owned by the server (devices only read it).
-- Conventions (docs/schema.md): ids are UUIDv7 text; instants are INTEGER ms since
-- the Unix epoch, UTC; calendar dates are TEXT 'YYYY-MM-DD'; months 'YYYY-MM'.
-- Enumerations are CHECKed with OR chains, not IN lists: SQLite evaluates a CHECK's IN list
-- through an ephemeral table on every insert, which tripled the cost of bulk imports.

CREATE TABLE enterprise (
    id            TEXT PRIMARY KEY NOT NULL,
    uscc          TEXT NOT NULL UNIQUE,          -- unified social credit code, GB 32100-2015
    name          TEXT NOT NULL,
    name_en       TEXT,
    legal_rep     TEXT,
    address       TEXT,
    industry_code TEXT NOT NULL,                 -- 4-digit national industry code
    region        TEXT,                          -- administrative division (district)
    lat           REAL CHECK (lat BETWEEN -90 AND 90),
    lon           REAL CHECK (lon BETWEEN -180 AND 180),
    updated_at    INTEGER NOT NULL
);

CREATE TABLE permit (
    id             TEXT PRIMARY KEY NOT NULL,
    number         TEXT NOT NULL UNIQUE,         -- USCC + 3-digit site + letter (HJ 608-2017)
    enterprise_id  TEXT NOT NULL REFERENCES enterprise(id),
    revision       INTEGER NOT NULL CHECK (revision >= 1),
    valid_from     TEXT NOT NULL,
    valid_to       TEXT NOT NULL CHECK (valid_to > valid_from),
    issued_on      TEXT NOT NULL,
    authority      TEXT NOT NULL,
    industry_code  TEXT NOT NULL,
    management     TEXT NOT NULL DEFAULT 'key' CHECK (management = 'key' OR management = 'simplified' OR management = 'registration'),
    capacity       TEXT,                          -- main products and capacity, as written
    content_hash   TEXT NOT NULL,                 -- SHA-256 of the imported document (idempotence)
    updated_at     INTEGER NOT NULL
);
CREATE INDEX permit_enterprise ON permit(enterprise_id);

-- Earlier revisions of a permit, kept whole when a newer one is imported.
CREATE TABLE permit_revision (
    permit_id    TEXT NOT NULL REFERENCES permit(id),
    revision     INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    document     TEXT NOT NULL,                   -- the imported JSON document
    imported_at  INTEGER NOT NULL,
    superseded_at INTEGER,
    PRIMARY KEY (permit_id, revision)
);

CREATE TABLE report_schedule (
    id          TEXT PRIMARY KEY NOT NULL,
    permit_id   TEXT NOT NULL REFERENCES permit(id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind = 'annual' OR kind = 'semiannual' OR kind = 'quarterly' OR kind = 'monthly'),
    due_day     INTEGER NOT NULL CHECK (due_day BETWEEN 1 AND 31), -- day of the month after the period
    due_month_offset INTEGER NOT NULL DEFAULT 1 CHECK (due_month_offset BETWEEN 0 AND 12),
    UNIQUE (permit_id, kind)
);

CREATE TABLE outlet (
    id               TEXT PRIMARY KEY NOT NULL,
    permit_id        TEXT NOT NULL REFERENCES permit(id) ON DELETE CASCADE,
    code             TEXT NOT NULL,               -- DA001 / DW001
    name             TEXT NOT NULL,
    medium           TEXT NOT NULL CHECK (medium = 'air' OR medium = 'water'),
    category         TEXT NOT NULL CHECK (category = 'main' OR category = 'general'),
    lat              REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon              REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    height_m         REAL CHECK (height_m IS NULL OR height_m > 0),
    discharge_method TEXT,
    destination      TEXT,
    -- Set when a newer permit revision drops the outlet. The row stays, so reported values
    -- and field records that name it stay valid; its limits and monitoring go.
    removed_in_revision INTEGER,
    UNIQUE (permit_id, code)
);

CREATE TABLE emission_limit (
    id              TEXT PRIMARY KEY NOT NULL,
    outlet_id       TEXT NOT NULL REFERENCES outlet(id) ON DELETE CASCADE,
    pollutant       TEXT NOT NULL,                -- catalogue code, e.g. SO2, NOX, COD, PH
    max_value       REAL CHECK (max_value IS NULL OR max_value > 0),
    min_value       REAL CHECK (min_value IS NULL OR min_value >= 0),
    unit            TEXT NOT NULL,
    reference_o2_pct REAL CHECK (reference_o2_pct IS NULL OR reference_o2_pct BETWEEN 0 AND 21),
    basis           TEXT NOT NULL CHECK (basis = 'instant' OR basis = 'hourly' OR basis = 'daily' OR basis = 'monthly' OR basis = 'daily_max' OR basis = 'annual'),
    rate_limit_kg_h REAL CHECK (rate_limit_kg_h IS NULL OR rate_limit_kg_h > 0),
    annual_t        REAL CHECK (annual_t IS NULL OR annual_t > 0),
    standard        TEXT,                         -- the standard the value comes from
    CHECK (max_value IS NOT NULL OR min_value IS NOT NULL OR annual_t IS NOT NULL),
    CHECK (max_value IS NULL OR min_value IS NULL OR min_value < max_value),
    UNIQUE (outlet_id, pollutant, basis)
);

CREATE TABLE monitoring_requirement (
    id         TEXT PRIMARY KEY NOT NULL,
    outlet_id  TEXT NOT NULL REFERENCES outlet(id) ON DELETE CASCADE,
    pollutant  TEXT NOT NULL,
    mode       TEXT NOT NULL CHECK (mode = 'automatic' OR mode = 'manual'),
    frequency  TEXT NOT NULL CHECK (frequency = 'continuous' OR frequency = 'daily' OR frequency = 'weekly' OR frequency = 'monthly' OR frequency = 'quarterly' OR frequency = 'semiannual' OR frequency = 'annual'),
    method     TEXT,                              -- method standard, e.g. HJ 57-2017
    UNIQUE (outlet_id, pollutant, mode)
);

CREATE TABLE checklist_template (
    id            TEXT PRIMARY KEY NOT NULL,
    code          TEXT NOT NULL UNIQUE,
    phase         TEXT NOT NULL CHECK (phase = 'pre_issuance' OR phase = 'post_issuance'),
    industry_code TEXT,                           -- NULL: every industry
    title_zh      TEXT NOT NULL,
    title_en      TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1,
    content_hash  TEXT                            -- SHA-256 of the imported template (idempotence)
);

CREATE TABLE checklist_item (
    id          TEXT PRIMARY KEY NOT NULL,
    template_id TEXT NOT NULL REFERENCES checklist_template(id) ON DELETE CASCADE,
    ordinal     INTEGER NOT NULL,
    code        TEXT NOT NULL,
    severity    TEXT NOT NULL CHECK (severity = 'minor' OR severity = 'major' OR severity = 'critical'),
    text_zh     TEXT NOT NULL,
    text_en     TEXT NOT NULL,
    UNIQUE (template_id, code)
);

CREATE TABLE inspector (
    id     TEXT PRIMARY KEY NOT NULL,
    code   TEXT NOT NULL UNIQUE,                  -- staff number, used on the command line
    name   TEXT NOT NULL,
    role   TEXT NOT NULL CHECK (role = 'inspector' OR role = 'supervisor' OR role = 'enforcement'),
    region TEXT,
    active INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE assignment (
    id           TEXT PRIMARY KEY NOT NULL,
    inspector_id TEXT NOT NULL REFERENCES inspector(id),
    permit_id    TEXT NOT NULL REFERENCES permit(id),
    phase        TEXT NOT NULL CHECK (phase = 'pre_issuance' OR phase = 'post_issuance'),
    route_order  INTEGER,
    due_on       TEXT,
    status       TEXT NOT NULL DEFAULT 'active' CHECK (status = 'active' OR status = 'withdrawn' OR status = 'done'),
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL
);
CREATE INDEX assignment_inspector ON assignment(inspector_id, status);

-- Reported data: what the enterprise itself reported (self-monitoring, CEMS, amounts).
-- period is canonical text by kind: sample 'YYYY-MM-DD', cems_hour 'YYYY-MM-DDTHH' (UTC),
-- cems_day 'YYYY-MM-DD', month_amount 'YYYY-MM'.
CREATE TABLE reported_value (
    id         TEXT PRIMARY KEY NOT NULL,
    outlet_id  TEXT NOT NULL REFERENCES outlet(id) ON DELETE CASCADE,
    pollutant  TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind = 'sample' OR kind = 'cems_hour' OR kind = 'cems_day' OR kind = 'month_amount'),
    period     TEXT NOT NULL,
    value      REAL,                               -- NULL with a no-data code
    unit       TEXT NOT NULL,
    qualifier  TEXT NOT NULL DEFAULT '=' CHECK (qualifier = '=' OR qualifier = '<' OR qualifier = '>' OR qualifier = 'E'),
    validity   TEXT NOT NULL DEFAULT 'valid' CHECK (validity = 'valid' OR validity = 'invalid' OR validity = 'maintenance' OR validity = 'calibration' OR validity = 'shutdown'),
    no_data    TEXT,                               -- no-data code (e.g. C = no discharge)
    o2_pct     REAL CHECK (o2_pct IS NULL OR (o2_pct >= 0 AND o2_pct < 21)),
    flow_m3h   REAL CHECK (flow_m3h IS NULL OR flow_m3h >= 0),
    valid_count INTEGER,                           -- valid minutes in an hour / hours in a day
    UNIQUE (outlet_id, pollutant, kind, period)
);
CREATE INDEX reported_value_period ON reported_value(kind, period);

-- Execution reports the enterprise filed (or did not).
CREATE TABLE execution_report (
    id        TEXT PRIMARY KEY NOT NULL,
    permit_id TEXT NOT NULL REFERENCES permit(id) ON DELETE CASCADE,
    kind      TEXT NOT NULL CHECK (kind = 'annual' OR kind = 'semiannual' OR kind = 'quarterly' OR kind = 'monthly'),
    period    TEXT NOT NULL,                       -- '2026', '2026-H1', '2026-Q3', '2026-07'
    filed_on  TEXT NOT NULL,
    UNIQUE (permit_id, kind, period)
);
