-- Why: an office must know at any moment who of its people is held where, since when, on what legal basis, how long
-- remains and what each of them asked for (issue 10). A detention record links a registered person to a place for a
-- period; a person moved from one place to another has several, and the open one that began last is the current one
-- (kept as a flag on the row, set by the module whenever a person's records change, so that the registry's views read
-- one indexed table). A sentence belongs to its detention record (its columns here, its offences in a table of their
-- own); its release day is kept as stated or as derived from the start and the term, the remaining term never is.
--
-- The registry's views filter and order 500,000 records by facts of the person (nationality, sex, date of birth,
-- recorded vulnerabilities), of the place (its country) and the person's confidentiality: those facts are copied on
-- the row and kept current by the module when the person or the place changes, so a view is one keyset scan of one
-- index, not a join across modules. A record is exactly as confidential as its person: same level, same team.
create table detention (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    reference varchar(20) not null,
    person_id uuid not null references person (id),
    -- the person it was recorded for, where a merge has since moved it to another: an undone merge moves it back
    recorded_person_id uuid not null references person (id),
    place_id uuid not null references place (id),
    detained_from date not null,
    detained_to date,
    current_record boolean not null,
    legal_status varchar(60) not null,
    legal_basis varchar(1000),
    holding_authority varchar(300),
    information_source varchar(1000),
    information_date date,
    -- the sentence, when one is recorded (has_sentence)
    has_sentence boolean not null,
    court varchar(300),
    judgment_on date,
    final_on date,
    term_years integer,
    term_months integer,
    term_days integer,
    life_term boolean not null,
    sentence_start_on date,
    pretrial_credit_days integer,
    regime varchar(300),
    stated_release_on date,
    release_on date,
    -- facts copied from the person and the place (see above)
    person_reference varchar(20) not null,
    person_name varchar(600) not null,
    person_sex varchar(10) not null,
    person_born_earliest date,
    person_born_latest date,
    person_nationalities varchar(400) not null,
    person_vulnerabilities varchar(200) not null,
    our_national boolean not null,
    place_country varchar(2),
    held_abroad boolean not null,
    confidentiality varchar(30) not null,
    team_id uuid references team (id),
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null,
    constraint uq_detention_reference unique (institution_id, reference)
);

-- the registry's views: the current records of an institution, the most recently detained first
create index ix_detention_current_from_id on detention (institution_id, current_record, detained_from, id);
create index ix_detention_from_id on detention (institution_id, detained_from, id);
-- the records to review: open, their release day passed, the longest past it first
create index ix_detention_release_id on detention (institution_id, release_on, id);
create index ix_detention_person on detention (person_id, detained_from);
create index ix_detention_recorded_person on detention (recorded_person_id);
create index ix_detention_place on detention (place_id, current_record);

create table detention_offence (
    detention_id uuid not null references detention (id),
    position integer not null,
    code varchar(300),
    article varchar(300) not null,
    country varchar(2),
    primary key (detention_id, position)
);

-- Requests a detainee raised. Their status changes only through dated steps that are never edited, as commitments do.
create table detainee_request (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    reference varchar(20) not null,
    person_id uuid not null references person (id),
    recorded_person_id uuid not null references person (id),
    detention_id uuid references detention (id),
    kind varchar(60) not null,
    asked_by varchar(300),
    asked_on date not null,
    raised_in varchar(20) not null,
    source_id uuid,
    source_reference varchar(300),
    words varchar(8000) not null,
    words_language varchar(3) not null,
    owner_id uuid references user_account (id),
    status varchar(30) not null,
    last_step_on date,
    person_reference varchar(20) not null,
    person_name varchar(600) not null,
    confidentiality varchar(30) not null,
    team_id uuid references team (id),
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null,
    constraint uq_detainee_request_reference unique (institution_id, reference)
);

create index ix_detainee_request_asked_on_id on detainee_request (institution_id, asked_on, id);
create index ix_detainee_request_kind_status on detainee_request (institution_id, kind, status, asked_on, id);
create index ix_detainee_request_person on detainee_request (person_id, asked_on);
create index ix_detainee_request_recorded_person on detainee_request (recorded_person_id);
create index ix_detainee_request_detention on detainee_request (detention_id);
create index ix_detainee_request_source on detainee_request (source_id);

create table detainee_request_step (
    id uuid primary key,
    request_id uuid not null references detainee_request (id),
    step_on date not null,
    status varchar(30) not null,
    note varchar(4000) not null,
    recorded_at timestamp with time zone not null,
    recorded_by varchar(60) not null
);

create index ix_detainee_request_step_request on detainee_request_step (request_id, step_on, recorded_at);

insert into vocabulary (code, name_en, name_ru, name_tg) values ('detention-legal-status', 'Legal status of a detention', 'Правовой статус содержания под стражей', 'Вазъи ҳуқуқии нигоҳдорӣ');
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('4c8a2f0e-1d7b-5e7a-9a61-0f3b7d1c2a01', 'detention-legal-status', null, 'PRE_TRIAL', 'Pre-trial detention', 'Предварительное заключение', 'Ҳабси пешакӣ', 10, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('4c8a2f0e-1d7b-5e7a-9a61-0f3b7d1c2a02', 'detention-legal-status', null, 'SENTENCED', 'Serving a sentence', 'Отбывает наказание', 'Адои ҷазо', 20, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('4c8a2f0e-1d7b-5e7a-9a61-0f3b7d1c2a03', 'detention-legal-status', null, 'ADMINISTRATIVE', 'Administrative detention', 'Административное задержание', 'Боздошти маъмурӣ', 30, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('4c8a2f0e-1d7b-5e7a-9a61-0f3b7d1c2a04', 'detention-legal-status', null, 'IMMIGRATION', 'Immigration detention', 'Миграционное содержание', 'Нигоҳдории муҳоҷиратӣ', 40, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('4c8a2f0e-1d7b-5e7a-9a61-0f3b7d1c2a05', 'detention-legal-status', null, 'AWAITING_EXPULSION', 'Awaiting expulsion', 'Ожидает выдворения', 'Дар интизори ихроҷ', 50, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('4c8a2f0e-1d7b-5e7a-9a61-0f3b7d1c2a06', 'detention-legal-status', null, 'OTHER', 'Other', 'Иное', 'Дигар', 90, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);

insert into vocabulary (code, name_en, name_ru, name_tg) values ('detainee-request-kind', 'Kind of detainee request', 'Вид просьбы заключённого', 'Навъи дархости маҳбус');
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('5d9b3a1f-2e8c-5f8b-8b72-1a4c8e2d3b01', 'detainee-request-kind', null, 'TRANSFER_HOME', 'Transfer home to serve the sentence', 'Перевод для отбывания наказания на родине', 'Интиқол ба ватан барои адои ҷазо', 10, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('5d9b3a1f-2e8c-5f8b-8b72-1a4c8e2d3b02', 'detainee-request-kind', null, 'MEDICAL_CARE', 'Medical care', 'Медицинская помощь', 'Ёрии тиббӣ', 20, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('5d9b3a1f-2e8c-5f8b-8b72-1a4c8e2d3b03', 'detainee-request-kind', null, 'FAMILY_CONTACT', 'Contact with family', 'Связь с семьёй', 'Робита бо оила', 30, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('5d9b3a1f-2e8c-5f8b-8b72-1a4c8e2d3b04', 'detainee-request-kind', null, 'LEGAL_AID', 'Legal aid', 'Юридическая помощь', 'Ёрии ҳуқуқӣ', 40, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('5d9b3a1f-2e8c-5f8b-8b72-1a4c8e2d3b05', 'detainee-request-kind', null, 'CONSULAR_ACCESS', 'Consular access', 'Консульский доступ', 'Дастрасии консулӣ', 50, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('5d9b3a1f-2e8c-5f8b-8b72-1a4c8e2d3b06', 'detainee-request-kind', null, 'TREATMENT_COMPLAINT', 'Complaint about treatment', 'Жалоба на обращение', 'Шикоят аз муомила', 60, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('5d9b3a1f-2e8c-5f8b-8b72-1a4c8e2d3b07', 'detainee-request-kind', null, 'FOOD_WATER', 'Food and water', 'Питание и вода', 'Хӯрок ва об', 70, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('5d9b3a1f-2e8c-5f8b-8b72-1a4c8e2d3b08', 'detainee-request-kind', null, 'OTHER', 'Other', 'Иное', 'Дигар', 90, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
