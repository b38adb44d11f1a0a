-- Duplicate detection pages over an institution's whole registry by id (keyset). With only the index on
-- institution_id, H2 read and sorted every person of the institution for each page of 5,000: quadratic, hours at a
-- million persons. With (institution_id, id) a page is a range of one index, read in order.
create index ix_person_institution_id on person (institution_id, id);
