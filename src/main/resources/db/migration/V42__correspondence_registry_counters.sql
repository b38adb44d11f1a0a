-- The registry's last number per institution, series (outgoing, incoming) and year. A number is taken under a row
-- lock in the transaction that registers the letter, so numbers have no gaps and two clerks never share one.
create table registry_counter (
    institution_id uuid not null,
    series varchar(20) not null,
    registry_year integer not null,
    last_number integer not null,
    primary key (institution_id, series, registry_year)
);
