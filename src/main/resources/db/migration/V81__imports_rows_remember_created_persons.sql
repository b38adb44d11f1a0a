-- The run notes the person it registered for each row, in its one transaction: once that commits, those persons are
-- written to the search index from this column (also after a restart that interrupted the indexing). The key
-- (import_id, row_number) serves reading them back in file order.
alter table spreadsheet_import_row add column created_person_id uuid;
