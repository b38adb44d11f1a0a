-- Why: every letter an office sends or receives, with both sides' reference numbers and dates, so that silence can
-- be shown with dates and the next reminder can cite what was sent. An outgoing letter that expects an answer keeps
-- the facts its reply-by date is computed from (the rule's code, the recipient's registration date, extensions,
-- forwarding, or a date set by hand) and what people recorded about the answer (letter_outcome).
--
-- reply_by and awaiting_reply_by are derived from those facts and written in the same transaction that changes them:
-- awaiting_reply_by is the reply-by date while no answer has been recorded and null afterwards, so that the overdue
-- list is one range scan of ix_letter_awaiting, never a pass over a million letters.
-- thread_id is the first letter of the chain a letter belongs to (through the letter it answers or the letter it
-- follows up), so that a subject's whole chain is one indexed query.
create table letter (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    direction varchar(10) not null,
    reference varchar(20) not null,
    registered_on date not null,
    counterpart_id uuid not null references counterpart (id),
    their_reference varchar(100),
    their_date date,
    signed_on date,
    sent_on date,
    delivered_on date,
    received_on date,
    channel varchar(60) not null,
    signatory varchar(200),
    subject varchar(500) not null,
    summary varchar(4000),
    body text,
    language varchar(8) not null,
    in_reply_to_id uuid references letter (id),
    follows_up_id uuid references letter (id),
    thread_id uuid not null,
    expects_reply boolean not null,
    reply_rule varchar(40),
    reply_by_set_by_hand date,
    recipient_registered_on date,
    reply_by date,
    awaiting_reply_by date,
    owner varchar(60) not null,
    confidentiality varchar(30) not null,
    team_id uuid,
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null,
    constraint uq_letter_reference unique (institution_id, reference),
    -- the same incoming letter (same sender, sender's reference and date) is registered once
    constraint uq_letter_incoming unique (institution_id, direction, counterpart_id, their_reference, their_date)
);

create index ix_letter_counterpart_sent on letter (institution_id, counterpart_id, sent_on);
create index ix_letter_awaiting on letter (institution_id, awaiting_reply_by);
create index ix_letter_registered on letter (institution_id, registered_on, id);
create index ix_letter_thread on letter (thread_id);
create index ix_letter_in_reply_to on letter (in_reply_to_id);
create index ix_letter_follows_up on letter (follows_up_id);

-- Extensions the recipient granted itself (59-FZ: one, of up to 30 days, with notice).
create table letter_extension (
    letter_id uuid not null references letter (id),
    list_index integer not null,
    notice_on date,
    extension_days integer not null,
    primary key (letter_id, list_index)
);

-- What people recorded about the answer to an outgoing letter: acknowledged, answered in substance, refused,
-- forwarded, no answer expected; answer_letter_id is the incoming letter that carried it, when there is one.
create table letter_outcome (
    letter_id uuid not null references letter (id),
    list_index integer not null,
    kind varchar(30) not null,
    happened_on date not null,
    note varchar(1000),
    answer_letter_id uuid references letter (id),
    recorded_at timestamp with time zone not null,
    recorded_by varchar(60) not null,
    primary key (letter_id, list_index)
);

-- A translation kept as a pair with its original: the same letter in another language, by whom and when.
create table letter_translation (
    letter_id uuid not null references letter (id),
    list_index integer not null,
    language varchar(8) not null,
    subject varchar(500),
    body text not null,
    translator varchar(200) not null,
    translated_on date not null,
    primary key (letter_id, list_index)
);

-- Persons, places and other letters a letter concerns.
create table letter_link (
    letter_id uuid not null references letter (id),
    list_index integer not null,
    target_kind varchar(20) not null,
    target_id uuid not null,
    primary key (letter_id, list_index)
);

create index ix_letter_link_target on letter_link (target_kind, target_id);

-- Scans and files of the letter, kept in the file store under their SHA-256 (the type sniffed from the content).
create table letter_attachment (
    letter_id uuid not null references letter (id),
    list_index integer not null,
    file_name varchar(255) not null,
    sha256 varchar(64) not null,
    size_bytes bigint not null,
    media_type varchar(100) not null,
    uploaded_at timestamp with time zone not null,
    uploaded_by varchar(60) not null,
    primary key (letter_id, list_index)
);

insert into vocabulary (code, name_en, name_ru, name_tg) values ('letter-channel', 'Channel of a letter', 'Способ отправки письма', 'Тарзи фиристодани мактуб');
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('6f0c2a51-6b1e-5f37-9a4e-0c6a9b8f7a01', 'letter-channel', null, 'POST', 'Post', 'Почта', 'Почта', 10, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('6f0c2a51-6b1e-5f37-9a4e-0c6a9b8f7a02', 'letter-channel', null, 'EMAIL', 'E-mail', 'Электронная почта', 'Почтаи электронӣ', 20, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('6f0c2a51-6b1e-5f37-9a4e-0c6a9b8f7a03', 'letter-channel', null, 'DIPLOMATIC', 'Diplomatic channels', 'Дипломатические каналы', 'Шабакаҳои дипломатӣ', 30, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('6f0c2a51-6b1e-5f37-9a4e-0c6a9b8f7a04', 'letter-channel', null, 'COURIER', 'Courier', 'Курьер', 'Хаткашон', 40, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('6f0c2a51-6b1e-5f37-9a4e-0c6a9b8f7a05', 'letter-channel', null, 'FAX', 'Fax', 'Факс', 'Факс', 50, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('6f0c2a51-6b1e-5f37-9a4e-0c6a9b8f7a06', 'letter-channel', null, 'HAND', 'Delivered by hand', 'Вручено лично', 'Шахсан супорида шуд', 60, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('6f0c2a51-6b1e-5f37-9a4e-0c6a9b8f7a07', 'letter-channel', null, 'PORTAL', 'Online portal', 'Интернет-приёмная', 'Қабулгоҳи интернетӣ', 70, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('6f0c2a51-6b1e-5f37-9a4e-0c6a9b8f7a08', 'letter-channel', null, 'OTHER', 'Other', 'Другое', 'Дигар', 100, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
