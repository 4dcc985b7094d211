-- 0020: what R11 and R12 need to judge (issue 11).
-- Columns appended to synced tables keep the existing field numbers (docs/protocol.md 1).

-- The day the enterprise applied to renew the permit (《排污许可管理条例》 第十四条: 60 days
-- before expiry), from the permit import's optional renewal_applied_on. NULL: no application
-- on record, and R11 asks for one from 60 days before valid_to.
ALTER TABLE permit ADD COLUMN renewal_applied_on TEXT
    CHECK (renewal_applied_on IS NULL OR renewal_applied_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');

-- Where an on-site measurement was taken, as the device's position source gave it when the
-- value was recorded (R12 judges measurements as it judges photos). NULL when the device had
-- no fix; position_at is the fix's own time (ms since the epoch, UTC), which may be older than
-- recorded_at.
ALTER TABLE measurement ADD COLUMN lat REAL CHECK (lat IS NULL OR (lat BETWEEN -90 AND 90));
ALTER TABLE measurement ADD COLUMN lon REAL CHECK (lon IS NULL OR (lon BETWEEN -180 AND 180));
ALTER TABLE measurement ADD COLUMN accuracy_m REAL CHECK (accuracy_m IS NULL OR accuracy_m >= 0);
ALTER TABLE measurement ADD COLUMN position_at INTEGER;
