-- 0026 on PostgreSQL: ref_row's scope CHECK as an OR chain, like SQLite's
-- (../migrations/0026_ref_row_scope_check.server.sql). SQLite had to rebuild the table to
-- change a CHECK (and kept the rowids); PostgreSQL replaces the constraint in place.
ALTER TABLE ref_row DROP CONSTRAINT ref_row_scope_check;
ALTER TABLE ref_row ADD CONSTRAINT ref_row_scope_check
    CHECK (scope = 'permit' OR scope = 'enterprise' OR scope = 'global');
