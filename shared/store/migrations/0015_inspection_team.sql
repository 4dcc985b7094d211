-- 0015: the law's own shape of an inspection (issue 9; 《环境行政处罚办法》: at least two
-- enforcement officers, each holding an enforcement certificate, take part in an inspection).
-- Columns appended to synced tables keep the existing field numbers (docs/protocol.md 1).

-- The inspector's enforcement certificate number (执法证号), from the staff import's optional
-- certificate_no column. NULL: none on record, and such an inspector cannot sign an inspection.
ALTER TABLE inspector ADD COLUMN certificate_no TEXT
    CHECK (certificate_no IS NULL OR length(certificate_no) BETWEEN 1 AND 32);

-- The other members of an inspection's team (the inspector who started it, inspection.
-- inspector_id, leads it and is not listed here). Evidence, insert-only: a member stays in
-- the record; certificate_no is the number the member's certificate showed when added.
CREATE TABLE inspection_inspector (
    id             TEXT PRIMARY KEY NOT NULL,
    inspection_id  TEXT NOT NULL REFERENCES inspection(id),
    inspector_id   TEXT NOT NULL REFERENCES inspector(id),
    certificate_no TEXT NOT NULL CHECK (length(certificate_no) BETWEEN 1 AND 32),
    added_at       INTEGER NOT NULL,
    UNIQUE (inspection_id, inspector_id)
);

-- Which member of the team signed (signer_role 'inspector'; NULL in older rows: the lead)
-- and the certificate number they signed with; for a representative's refusal, the witness
-- who saw it (name and drawn strokes).
ALTER TABLE signature ADD COLUMN inspector_id TEXT REFERENCES inspector(id);
ALTER TABLE signature ADD COLUMN certificate_no TEXT;
ALTER TABLE signature ADD COLUMN witness_name TEXT;
ALTER TABLE signature ADD COLUMN witness_strokes BLOB;

-- The production seen on site: production_load (0002) says running / partial / stopped;
-- this is the load in percent the representative stated for a partial one.
ALTER TABLE inspection ADD COLUMN production_load_pct REAL
    CHECK (production_load_pct IS NULL OR (production_load_pct > 0 AND production_load_pct <= 100));
