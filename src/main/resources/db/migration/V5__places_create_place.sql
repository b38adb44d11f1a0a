-- Why: the registry of places where people are deprived of liberty (colonies, pre-trial centres, border and
-- migration facilities...). Every later module (detention, visits, cases) points at a place. Names are kept in
-- English, Russian and Tajik because staff and counterparts write in all three.
create table place (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    code varchar(60),
    name_en varchar(300),
    name_ru varchar(300),
    name_tg varchar(300),
    place_type varchar(60) not null,
    authority varchar(60) not null,
    country_code varchar(2) not null,
    region varchar(200),
    address varchar(500),
    latitude numeric(9, 6),
    longitude numeric(9, 6),
    capacity integer,
    notes varchar(4000),
    confidentiality varchar(30) not null,
    team_id uuid references team (id),
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null
);

create index ix_place_institution_country on place (institution_id, country_code);
create index ix_place_institution_code on place (institution_id, code);
