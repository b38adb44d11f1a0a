-- Which version of the search mapping the index was built with. When a version adds or changes indexed fields,
-- records indexed before it lack them (an old letter would not be found by a part of its number): on start the
-- application indexes every record again once and records the version here (SearchIndexUpgrade). A database that
-- already holds letters or counterparts was indexed under version 1; a new one starts at this release's version 2.
create table search_index_state (
    id integer not null primary key,
    mapping_version integer not null
);

insert into search_index_state (id, mapping_version)
select 1, case when exists (select 1 from letter) or exists (select 1 from counterpart) then 1 else 2 end;
