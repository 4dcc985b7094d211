-- 0017: a supervisor's review of submitted inspections (issue 13): approve, or return to the
-- inspector with a comment; the inspector amends and resubmits; approval locks it.
--
-- inspection.status keeps its CHECK (in_progress / submitted / reviewed): SQLite cannot change
-- a CHECK without rebuilding the table, and the inspection is a device field record with
-- evidence pointing at it. The review state is derived instead (store::InspectionReviewState,
-- docs/schema.md "Review"): the latest decision of this table, and whether the inspection's
-- answers_review_id names it.

-- One row per decision, never updated or deleted: the history of the review. Reference data
-- written by the server only (entity 22); it reaches the inspection's own inspector, on the
-- devices that hold its permit (scope permit, owner inspector_id).
CREATE TABLE inspection_review (
    id            TEXT PRIMARY KEY NOT NULL,
    inspection_id TEXT NOT NULL REFERENCES inspection(id),
    permit_id     TEXT NOT NULL,                    -- the inspection's (the row's sync scope)
    inspector_id  TEXT NOT NULL,                    -- the inspection's inspector (its owner)
    decision      TEXT NOT NULL CHECK (decision = 'approved' OR decision = 'returned'),
    comment       TEXT CHECK (comment IS NULL OR length(comment) BETWEEN 1 AND 2000),
    decided_by    TEXT NOT NULL,                    -- supervisor's inspector id, or the admin device id
    decided_at    INTEGER NOT NULL,
    -- A return says what to amend.
    CHECK (decision <> 'returned' OR comment IS NOT NULL)
);
CREATE INDEX inspection_review_inspection ON inspection_review(inspection_id, decided_at);

-- A resubmission names the return it answers (set with status 'submitted' by the inspector's
-- device). Appended: field 12 of entity 1. No foreign key: the device may hold the inspection
-- before it pulls the review, and the server checks the id.
ALTER TABLE inspection ADD COLUMN answers_review_id TEXT;
