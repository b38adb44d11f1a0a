-- Why: not everything between institutions is a letter. Calls and meetings carry requests, answers and promises too
-- (the story's Ombudsman discussed by phone the detainees he had failed to visit, and heard an acknowledgement and a
-- call for an investigation), so the office must be able to record, find and follow them up like letters: when, with
-- which counterpart, who took part on either side, what was said and what came of it, and which persons and places
-- it concerned. Each call carries a confidentiality level and a team, like persons and places.
create sequence communication_reference_seq start with 1;

create table communication (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    reference varchar(20) not null unique,
    kind varchar(60) not null,
    occurred_on date not null,
    occurred_time time,
    counterpart_id uuid not null references counterpart (id),
    subject varchar(300) not null,
    summary varchar(8000) not null,
    outcome varchar(4000),
    notes_language varchar(8),
    confidentiality varchar(30) not null,
    team_id uuid references team (id),
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null
);

-- the log newest first, of the whole institution or of one counterpart, without sorting a million rows
create index ix_communication_institution_occurred on communication (institution_id, occurred_on, occurred_time, id);
create index ix_communication_counterpart_occurred on communication (counterpart_id, occurred_on, occurred_time, id);

-- Who took part, on our side or theirs, in the order the user gave: a name, a position or role, or both.
create table communication_participant (
    communication_id uuid not null references communication (id),
    list_index integer not null,
    name varchar(200),
    side varchar(10) not null,
    role varchar(200),
    primary key (communication_id, list_index)
);

-- The persons and places a call concerned. Letters will keep their links in the same shape (RecordLinks), in
-- tables of their own.
create table communication_person (
    communication_id uuid not null references communication (id),
    list_index integer not null,
    person_id uuid not null references person (id),
    primary key (communication_id, list_index)
);

create index ix_communication_person_person on communication_person (person_id);

create table communication_place (
    communication_id uuid not null references communication (id),
    list_index integer not null,
    place_id uuid not null references place (id),
    primary key (communication_id, list_index)
);

create index ix_communication_place_place on communication_place (place_id);

insert into vocabulary (code, name_en, name_ru, name_tg) values ('communication-kind', 'Kind of call or meeting', 'Вид разговора или встречи', 'Навъи гуфтугӯ ё мулоқот');
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('2a660cc5-c8ac-5401-89ea-b1f7f7093b38', 'communication-kind', null, 'PHONE_CALL', 'Phone call', 'Телефонный разговор', 'Гуфтугӯи телефонӣ', 10, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('5bc8e768-0c7b-5c90-a1e6-3aab10b2ac6c', 'communication-kind', null, 'VIDEO_CALL', 'Video call', 'Видеозвонок', 'Гуфтугӯи видеоӣ', 20, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('a1f06523-80c7-5475-bef6-c084b08db4d1', 'communication-kind', null, 'MEETING', 'Meeting', 'Встреча', 'Мулоқот', 30, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('b961691c-22b1-5470-a9db-793aa6a5438a', 'communication-kind', null, 'OTHER', 'Other', 'Другое', 'Дигар', 100, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
