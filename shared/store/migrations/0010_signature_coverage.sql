-- 0010: what a signature signs (docs/decisions.md, "A change after signing voids the
-- signatures"), and the lookups by inspection that judging it needs on both roles.

-- SHA-256 of the ids of the inspection's evidence when it was signed (sync::SignatureCoverage).
-- NULL for signatures recorded before: those are judged by time.
ALTER TABLE signature ADD COLUMN covers_sha256 TEXT;

CREATE INDEX checklist_answer_inspection ON checklist_answer(inspection_id);
CREATE INDEX measurement_inspection ON measurement(inspection_id);
CREATE INDEX position_fix_inspection ON position_fix(inspection_id);
CREATE INDEX observed_outlet_inspection ON observed_outlet(inspection_id);
CREATE INDEX photo_inspection ON photo(inspection_id);
CREATE INDEX signature_inspection ON signature(inspection_id);
