-- Why: letters, calls and commitments all point at the bodies an ombudsman's office deals with (counterpart
-- ombudsmen, ministries, prosecutors, border services, embassies, courts, facility administrations, NGOs,
-- international organisations). Each institution keeps its own registry of them. They are called counterparts
-- here because "institution" already names the tenant (identity). Names are kept in English, Russian, Tajik and
-- the body's own language; the *_key columns hold each name folded across case, punctuation and script, so that
-- registering the same body twice (same kind, country and name) can be refused with one indexed query.
create sequence counterpart_reference_seq start with 1;

create table counterpart (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    reference varchar(20) not null unique,
    kind varchar(60) not null,
    country_code varchar(2) not null,
    name_en varchar(300),
    name_ru varchar(300),
    name_tg varchar(300),
    name_native varchar(300),
    native_language varchar(8),
    abbreviation varchar(60),
    name_en_key varchar(600),
    name_ru_key varchar(600),
    name_tg_key varchar(600),
    name_native_key varchar(600),
    parent_id uuid references counterpart (id),
    postal_address varchar(500),
    email varchar(254),
    phone varchar(40),
    website varchar(300),
    notes varchar(4000),
    active boolean not null,
    created_at timestamp with time zone not null,
    created_by varchar(60) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(60) not null,
    version bigint not null
);

create index ix_counterpart_institution_country_kind on counterpart (institution_id, country_code, kind);
create index ix_counterpart_parent on counterpart (parent_id);

-- A short list of people to write to or call at the body, in the order the user gave them.
create table counterpart_contact (
    counterpart_id uuid not null references counterpart (id),
    list_index integer not null,
    name varchar(200),
    role varchar(200),
    email varchar(254),
    phone varchar(40),
    primary key (counterpart_id, list_index)
);

insert into vocabulary (code, name_en, name_ru, name_tg) values ('counterpart-kind', 'Kind of institution', 'Вид учреждения', 'Навъи муассиса');
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('a3fce5b1-a49c-5000-9149-1f28cd6d86f5', 'counterpart-kind', null, 'OMBUDSMAN', 'Ombudsman or human rights commissioner', 'Уполномоченный по правам человека (омбудсмен)', 'Ваколатдор оид ба ҳуқуқи инсон (омбудсмен)', 10, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('82376846-1166-587a-8202-81f1def22ec2', 'counterpart-kind', null, 'MINISTRY', 'Ministry or government agency', 'Министерство или ведомство', 'Вазорат ё идораи давлатӣ', 20, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('f6c1e027-fdfb-5105-8815-5f6c30d94f9d', 'counterpart-kind', null, 'PROSECUTOR', 'Prosecutor''s office', 'Прокуратура', 'Мақомоти прокуратура', 30, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('49f621c4-c7d7-5bac-8577-07af14b22b37', 'counterpart-kind', null, 'BORDER_SERVICE', 'Border service', 'Пограничная служба', 'Хадамоти сарҳадӣ', 40, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('ff5d952f-d75c-5eb1-bb2c-29e65a50af11', 'counterpart-kind', null, 'EMBASSY', 'Embassy or consulate', 'Посольство или консульство', 'Сафорат ё консулгарӣ', 50, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('cc6dfc2e-ef48-58b1-910b-c3b49a69b459', 'counterpart-kind', null, 'COURT', 'Court', 'Суд', 'Суд', 60, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('2d2e4791-151f-571b-80dd-6259cd6edb20', 'counterpart-kind', null, 'FACILITY_ADMINISTRATION', 'Administration of a place of detention', 'Администрация места лишения свободы', 'Маъмурияти ҷойи маҳрумият аз озодӣ', 70, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('b71aef2f-9b1e-5ffb-a06c-75d0af4e065d', 'counterpart-kind', null, 'NGO', 'Non-governmental organisation', 'Неправительственная организация', 'Созмони ғайриҳукуматӣ', 80, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('467d1176-ec3f-5e7d-8729-f66b0c54a277', 'counterpart-kind', null, 'INTERNATIONAL_ORGANISATION', 'International organisation', 'Международная организация', 'Созмони байналмилалӣ', 90, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('de713b6c-7732-5934-baca-5f3e98135066', 'counterpart-kind', null, 'OTHER', 'Other', 'Другое', 'Дигар', 100, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
