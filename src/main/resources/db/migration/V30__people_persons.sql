-- Why: persons of concern (detainees, migrants, complainants) are the heart of every later module. A person has many
-- names as written in many scripts (never overwritten: a changed surname stays as a former name), documents whose
-- numbers are normalised for matching, family contacts, nationalities, languages and recorded vulnerabilities.
create sequence person_reference_seq start with 1;

create table person (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    reference varchar(20) not null unique,
    sex varchar(10) not null,
    birth_date varchar(10),
    birth_year integer,
    notes varchar(4000),
    confidentiality varchar(30) not null,
    team_id uuid references team (id),
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null
);

create index ix_person_institution on person (institution_id);

create table person_name (
    id uuid primary key,
    person_id uuid not null references person (id),
    family_name varchar(200),
    given_name varchar(200),
    patronymic varchar(200),
    full_form varchar(600) not null,
    script varchar(20) not null,
    language varchar(8),
    source varchar(300),
    status varchar(20) not null,
    match_keys varchar(4000) not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(60) not null
);

create index ix_person_name_person on person_name (person_id);

create table person_nationality (
    person_id uuid not null references person (id),
    country_code varchar(2) not null,
    primary key (person_id, country_code)
);

create table person_language (
    person_id uuid not null references person (id),
    language_code varchar(8) not null,
    primary key (person_id, language_code)
);

create table person_vulnerability (
    person_id uuid not null references person (id),
    marker varchar(30) not null,
    primary key (person_id, marker)
);

create table identity_document (
    id uuid primary key,
    person_id uuid not null references person (id),
    document_type varchar(30) not null,
    number_as_written varchar(60) not null,
    number_normalized varchar(60) not null,
    issuing_country varchar(2),
    issued_on date,
    expires_on date,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(60) not null
);

create index ix_identity_document_number on identity_document (number_normalized);
create index ix_identity_document_person on identity_document (person_id);

create table family_contact (
    id uuid primary key,
    person_id uuid not null references person (id),
    relation varchar(30) not null,
    name varchar(300) not null,
    phone varchar(40),
    country_code varchar(2),
    recorded_at timestamp with time zone not null,
    recorded_by varchar(60) not null
);

create index ix_family_contact_person on family_contact (person_id);
