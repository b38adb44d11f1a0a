-- Why: a letter's or call's page links to the commitments made in it; the list filters by source_id.
create index ix_commitment_source on commitment (source_id);
