-- The commitment lists are read by keyset: the most recently made first, and "no step reported" the longest silent
-- first, each with the id as tie-break. With the id in the index the database reads a page in order from the cursor
-- on; without it, it sorted every commitment of the institution on the cursor's side for each page. These replace the
-- indexes without the id.
drop index ix_commitment_institution_made_on;
create index ix_commitment_institution_made_on_id on commitment (institution_id, made_on, id);
drop index ix_commitment_institution_silent_since;
create index ix_commitment_institution_silent_since_id on commitment (institution_id, silent_since, id);
