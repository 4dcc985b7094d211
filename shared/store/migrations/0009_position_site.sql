-- 0009: where positions were taken, relative to the permit's site (docs/formats.md,
-- "Position checks"). Columns appended to synced tables (their field numbers follow the
-- existing ones; docs/protocol.md section 1). NULL in rows recorded before.

-- 2-sigma spread of the fixes an outlet check or an undeclared outlet averaged (metres).
ALTER TABLE position_fix ADD COLUMN spread_m REAL CHECK (spread_m IS NULL OR spread_m >= 0);
-- Distance to the nearest current outlet of the permit or the enterprise's position (metres);
-- NULL when the permit has no position at all.
ALTER TABLE position_fix ADD COLUMN site_distance_m REAL
    CHECK (site_distance_m IS NULL OR site_distance_m >= 0);
-- 1: recorded farther than 300 m from every outlet and the site, confirmed by the inspector.
ALTER TABLE position_fix ADD COLUMN far_from_site INTEGER
    CHECK (far_from_site IS NULL OR far_from_site = 1);

ALTER TABLE photo ADD COLUMN site_distance_m REAL
    CHECK (site_distance_m IS NULL OR site_distance_m >= 0);
ALTER TABLE photo ADD COLUMN far_from_site INTEGER
    CHECK (far_from_site IS NULL OR far_from_site = 1);
