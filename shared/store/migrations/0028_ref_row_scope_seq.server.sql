-- 0028 (server only): ref_row_scope gains seq, so a pull reads the log by scope (issue 14).
--
-- A pull used to walk ref_row in seq order from the device's cursor and test each row's scope.
-- After an import that is every row the import wrote: 8.4 million for 240,000 permits, read by
-- the first pull of every device, whatever few permits it holds. With seq as the index's last
-- column, the pull seeks one range per held permit (and per their enterprises, and the global
-- rows) instead: its work follows what the device holds, not what the store took in. The
-- snapshot of a permit reads the same index, bounded by the head it is built at. No index is
-- added: the old (scope, scope_id) one is replaced, its lookups served by the new one's prefix.
DROP INDEX ref_row_scope;
CREATE INDEX ref_row_scope ON ref_row(scope, scope_id, seq);
