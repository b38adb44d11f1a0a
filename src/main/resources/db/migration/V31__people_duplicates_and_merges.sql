-- Why: the same person entered twice (two lists, two scripts) must be found and merged without losing anything, and
-- a wrong merge must be undoable. A merged person stays as a row pointing at the survivor, so links and history keep
-- working; every moved name, document, contact and set value is recorded so that the merge can be undone exactly.
alter table person add column merged_into uuid references person (id);

create table person_duplicate_candidate (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    person_a uuid not null references person (id),
    person_b uuid not null references person (id),
    score double precision not null,
    reasons varchar(1000) not null,
    computed_at timestamp with time zone not null,
    constraint uq_duplicate_candidate unique (person_a, person_b)
);

create index ix_duplicate_candidate_score on person_duplicate_candidate (institution_id, score);

create table person_not_duplicate (
    person_a uuid not null references person (id),
    person_b uuid not null references person (id),
    institution_id uuid not null references institution (id),
    decided_by varchar(60) not null,
    decided_at timestamp with time zone not null,
    primary key (person_a, person_b)
);

create table person_merge (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    survivor_id uuid not null references person (id),
    merged_id uuid not null references person (id),
    merged_at timestamp with time zone not null,
    merged_by varchar(60) not null,
    undone_at timestamp with time zone,
    undone_by varchar(60)
);

create table person_merge_item (
    merge_id uuid not null references person_merge (id),
    item_type varchar(20) not null,
    item_value varchar(100) not null,
    primary key (merge_id, item_type, item_value)
);
