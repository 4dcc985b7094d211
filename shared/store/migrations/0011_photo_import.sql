-- 0011: photos imported from a file (issue 9, "Photos from files"; docs/formats.md, "Imported
-- photos"). Columns appended to a synced table (their field numbers follow the existing ones;
-- docs/protocol.md section 1). NULL in rows recorded before, which were all treated as taken.

-- 1: imported from a file, not taken by this device's camera. Its lat/lon/accuracy_m are the
-- picture's own EXIF GPS position (NULL without one), never the device's position at import,
-- and taken_at is when it was recorded into the inspection, not when the picture was taken.
ALTER TABLE photo ADD COLUMN imported INTEGER CHECK (imported IS NULL OR imported = 1);
-- When the picture was taken, from its EXIF DateTimeOriginal: ISO 8601 local time as the camera
-- wrote it ("2026-11-30T10:15:00"), with the offset ("+08:00") only when EXIF states one.
-- NULL when the file has no (readable) EXIF time.
ALTER TABLE photo ADD COLUMN exif_taken_at TEXT
    CHECK (exif_taken_at IS NULL OR length(exif_taken_at) BETWEEN 19 AND 25);
