-- 0014 (server only): US NPDES permits and their discharge monitoring report (DMR) values, as
-- imported from US EPA ECHO (issue 11, "Real reported data"; docs/echo.md). A second
-- jurisdiction beside the Chinese permits of 0001: an NPDES permit has no USCC, coordinates or
-- Chinese permit terms, so it has tables of its own. Codes are kept as ECHO writes them.

CREATE TABLE npdes_permit (
    id          TEXT PRIMARY KEY NOT NULL,            -- UUIDv7; a flag's permitId
    npdes_id    TEXT NOT NULL UNIQUE                  -- TX0119407: state + 7 letters or digits
                CHECK (length(npdes_id) = 9),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL,
    -- The updated_at its flags were last evaluated at: the server's incremental evaluation
    -- takes the permits where it is behind (NPDES rows carry no sync sequence).
    evaluated_at INTEGER
);

-- One reported DMR value with the limit it is compared with: one row of ECHO's effluent chart
-- or bulk DMR file. Keyed by ECHO's own DMR_VALUE_ID, so overlapping files of one permit store
-- each value once; ECHO keeps the id when a DMR is revised, and the revision with the later
-- received date is kept.
CREATE TABLE npdes_dmr_value (
    id                    TEXT PRIMARY KEY NOT NULL,  -- UUIDv7; a flag's evidence id
    permit_id             TEXT NOT NULL REFERENCES npdes_permit(id) ON DELETE CASCADE,
    echo_dmr_value_id     TEXT NOT NULL UNIQUE,       -- ICIS-NPDES DMR_VALUE_ID
    outfall               TEXT NOT NULL,              -- perm_feature_nmbr, "001"
    parameter_code        TEXT NOT NULL,              -- "00530"
    parameter_desc        TEXT NOT NULL,
    monitoring_location   TEXT NOT NULL,              -- "1" effluent gross, "J", "SL"...
    value_type            TEXT NOT NULL,              -- C1-C3 concentration, Q1-Q2 quantity
    statistical_base      TEXT NOT NULL,              -- "DB" daily average, "DD" daily max...
    statistical_base_type TEXT NOT NULL CHECK (statistical_base_type = 'MIN'
        OR statistical_base_type = 'AVG' OR statistical_base_type = 'MAX'
        OR statistical_base_type = 'TTL'),
    limit_type            TEXT NOT NULL CHECK (limit_type = 'ENF' OR limit_type = 'ALR'),
    limit_qualifier       TEXT NOT NULL CHECK (limit_qualifier = '' OR limit_qualifier = '<='
        OR limit_qualifier = '<' OR limit_qualifier = '>=' OR limit_qualifier = '>'),
    limit_value           REAL,                       -- NULL: monitor and report only
    limit_unit            TEXT NOT NULL,              -- as ECHO writes it: "mg/L", "lb/d"
    limit_unit_code       TEXT NOT NULL,
    limit_standard_units  REAL,
    standard_unit         TEXT NOT NULL,
    stay_value            REAL,                       -- replaces the limit while a stay holds
    dmr_value             REAL,                       -- NULL with a NODI code
    dmr_qualifier         TEXT NOT NULL CHECK (dmr_qualifier = '' OR dmr_qualifier = '='
        OR dmr_qualifier = '<' OR dmr_qualifier = '<=' OR dmr_qualifier = '>'
        OR dmr_qualifier = '>=' OR dmr_qualifier = 'E' OR dmr_qualifier = 'T'),
    dmr_unit              TEXT NOT NULL,
    dmr_unit_code         TEXT NOT NULL,
    dmr_standard_units    REAL,
    nodi_code             TEXT NOT NULL,              -- "" or the no-data indicator ("C", "9")
    period_end            TEXT NOT NULL CHECK (length(period_end) = 10), -- YYYY-MM-DD
    received_on           TEXT CHECK (received_on IS NULL OR length(received_on) = 10),
    echo_exceedance_pct   REAL,                       -- ECHO's exceedence_pct, as published
    echo_violation_codes  TEXT NOT NULL,              -- "E90", "D80,D90"... sorted; "" none
    updated_at            INTEGER NOT NULL,
    CHECK (dmr_value IS NULL OR nodi_code = '')
);
CREATE INDEX npdes_dmr_value_permit ON npdes_dmr_value(permit_id, outfall, parameter_code);

-- The import log learns the new kind. SQLite cannot change a CHECK in place: the table is
-- rebuilt with the same columns and rows.
CREATE TABLE import_run_new (
    id          INTEGER PRIMARY KEY,
    kind        TEXT NOT NULL CHECK (kind = 'permits' OR kind = 'reports' OR kind = 'checklists' OR kind = 'staff' OR kind = 'echo'),
    file_name   TEXT NOT NULL,
    file_sha256 TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    finished_at INTEGER NOT NULL,
    inserted    INTEGER NOT NULL,
    updated     INTEGER NOT NULL,
    unchanged   INTEGER NOT NULL
);
INSERT INTO import_run_new SELECT * FROM import_run;
DROP TABLE import_run;
ALTER TABLE import_run_new RENAME TO import_run;
