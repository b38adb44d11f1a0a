-- Why: what counterparts promised or admitted (a pledge in a letter, a violation acknowledged on a call, a call for an
-- investigation) and what we recommended must be followed up, and "specific steps were not disclosed" must show. A
-- commitment keeps who said it, to whom, when and where (the source), the words in their original language, and a
-- due date. Its status changes only through follow-up entries, which are never edited: the commitment's status,
-- last_step_on and silent_since are derived from them and kept on the row, because they can only change when a
-- follow-up is added (in the same transaction, under the commitment's version), and the "no step reported" view
-- needs an index on silent_since to find the commitments that have gone quiet without reading every follow-up.
create sequence commitment_reference_seq start with 1;

create table commitment (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    reference varchar(20) not null unique,
    kind varchar(60) not null,
    made_by uuid references counterpart (id),
    made_by_person varchar(300),
    made_to uuid references counterpart (id),
    made_on date not null,
    source_kind varchar(30) not null,
    source_id uuid,
    source_reference varchar(300),
    original_text varchar(8000) not null,
    text_language varchar(3) not null,
    summary varchar(2000),
    due_on date,
    status varchar(30) not null,
    last_step_on date,
    silent_since date not null,
    confidentiality varchar(30) not null,
    team_id uuid references team (id),
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null
);

create index ix_commitment_institution_made_on on commitment (institution_id, made_on);
create index ix_commitment_institution_made_by on commitment (institution_id, made_by, made_on);
create index ix_commitment_institution_silent_since on commitment (institution_id, silent_since);
create index ix_commitment_made_to on commitment (made_to);

-- Append-only: a follow-up is a dated report of a step (or of its absence) with its evidence.
create table commitment_follow_up (
    id uuid primary key,
    commitment_id uuid not null references commitment (id),
    step_on date not null,
    status varchar(30) not null,
    action_taken varchar(4000) not null,
    evidence varchar(4000) not null,
    evidence_source_kind varchar(30),
    evidence_source_id uuid,
    evidence_source_reference varchar(300),
    recorded_at timestamp with time zone not null,
    recorded_by varchar(60) not null
);

create index ix_commitment_follow_up_commitment on commitment_follow_up (commitment_id, step_on, recorded_at);

insert into vocabulary (code, name_en, name_ru, name_tg) values ('commitment-kind', 'Kind of commitment', 'Вид обязательства', 'Навъи ӯҳдадорӣ');
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('9d0c90dd-6750-5e5d-8a3a-b81ad4f6a5e1', 'commitment-kind', null, 'PLEDGE', 'Pledge', 'Обещание', 'Ваъда', 10, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('b8b7a11c-8240-573d-9023-5dbf7fe3a95d', 'commitment-kind', null, 'VIOLATION_ACKNOWLEDGED', 'Acknowledgement of a violation', 'Признание нарушения', 'Эътирофи вайронкунӣ', 20, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('4bcf5afb-5537-5c64-ad86-01c8ccc1900c', 'commitment-kind', null, 'INVESTIGATION', 'Call for or promise of an investigation', 'Призыв к расследованию или обещание расследовать', 'Даъват ба тафтиш ё ваъдаи тафтиш', 30, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('2277a4d7-ed8f-51ee-9034-75c7c24af294', 'commitment-kind', null, 'RECOMMENDATION', 'Recommendation we issued', 'Наша рекомендация', 'Тавсияи мо', 40, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('8e82c827-09b6-594b-a5b0-062aa9c2571d', 'commitment-kind', null, 'UNDERTAKING', 'Undertaking', 'Обязательство', 'Ӯҳдадорӣ', 50, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
