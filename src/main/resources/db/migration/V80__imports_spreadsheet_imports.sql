-- Why: lists of persons and detainees arrive as spreadsheets and are imported in steps that outlive one request
-- (upload, column mapping, dry run, the person's choices among ambiguous matches, the run in the background). An
-- import keeps its file by SHA-256 (the original stays in the file store), its mapping, status, progress and counts.
-- The dry run's outcome of every row is kept (what it would create, which person it matches, why it is refused), so
-- that choices can be made on it and the report downloaded without reading the file again for each page.
-- imported_file holds one row per file an institution has imported: its primary key makes a second import of the
-- same file fail even when two runs race, so a file creates what it holds once.
-- import_mapping remembers the last mapping of each header row per institution, by a hash of the normalised header.
create table spreadsheet_import (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    reference varchar(20) not null,
    kind varchar(20) not null,
    file_name varchar(300) not null,
    file_sha256 varchar(64) not null,
    file_size bigint not null,
    file_format varchar(10) not null,
    sheet_name varchar(200),
    header_hash varchar(64),
    header_cells varchar(20000),
    column_mapping varchar(4000),
    status varchar(20) not null,
    rows_read integer not null,
    rows_total integer,
    new_count integer not null,
    matched_count integer not null,
    ambiguous_count integer not null,
    rejected_count integer not null,
    duplicate_count integer not null,
    empty_count integer not null,
    failure_row integer,
    failure_column varchar(300),
    failure_key varchar(200),
    failure_arguments varchar(2000),
    earlier_import_id uuid references spreadsheet_import (id),
    confidentiality varchar(30) not null,
    team_id uuid references team (id),
    cancel_requested boolean not null,
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null
);

create unique index ux_spreadsheet_import_reference on spreadsheet_import (institution_id, reference);
create index ix_spreadsheet_import_newest on spreadsheet_import (institution_id, created_at, id);
create index ix_spreadsheet_import_file on spreadsheet_import (institution_id, file_sha256);

create table spreadsheet_import_row (
    import_id uuid not null references spreadsheet_import (id),
    row_number integer not null,
    outcome varchar(20) not null,
    person_id uuid,
    score double precision,
    matched_name varchar(600),
    candidates varchar(4000),
    chosen varchar(40),
    duplicate_of integer,
    problem_column varchar(300),
    problem_key varchar(200),
    problem_arguments varchar(2000),
    primary key (import_id, row_number)
);

create table imported_file (
    institution_id uuid not null references institution (id),
    file_sha256 varchar(64) not null,
    import_id uuid not null references spreadsheet_import (id),
    imported_at timestamp with time zone not null,
    primary key (institution_id, file_sha256)
);

create table import_mapping (
    institution_id uuid not null references institution (id),
    kind varchar(20) not null,
    header_hash varchar(64) not null,
    column_mapping varchar(4000) not null,
    updated_at timestamp with time zone not null,
    primary key (institution_id, kind, header_hash)
);
