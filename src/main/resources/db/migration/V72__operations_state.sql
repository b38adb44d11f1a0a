-- Why: the health of an instance is proved by writing, not by asking: a full disk lets the database answer reads
-- while every commit fails. The health probe rewrites checked_at (and indexes this row) on a schedule. When the
-- search index missed writes (disk full, OpenSearch away), index_behind_since says so until every record has been
-- indexed again, even across a restart.
create table operations_state (
    id integer not null primary key,
    checked_at timestamp with time zone not null,
    index_behind_since timestamp with time zone
);

insert into operations_state (id, checked_at) values (1, current_timestamp);
