-- Why: other modules need shared, stable lists (type of place, responsible authority...) with labels in English,
-- Russian and Tajik. Codes never change and terms are never deleted, only deprecated, because records keep
-- pointing at them. Built-in terms are global (institution_id null); an institution may add its own, and may
-- withdraw a built-in term for itself only (vocabulary_term_withdrawal), so no institution changes another's lists.
create table vocabulary (
    code varchar(60) primary key,
    name_en varchar(200) not null,
    name_ru varchar(200) not null,
    name_tg varchar(200) not null
);

create table vocabulary_term (
    id uuid primary key,
    vocabulary_code varchar(60) not null references vocabulary (code),
    institution_id uuid references institution (id),
    code varchar(60) not null,
    label_en varchar(200) not null,
    label_ru varchar(200) not null,
    label_tg varchar(200) not null,
    sort_order integer not null,
    deprecated boolean not null default false,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_vocabulary_term unique (vocabulary_code, institution_id, code)
);

create index ix_vocabulary_term_vocabulary on vocabulary_term (vocabulary_code, sort_order);

create table vocabulary_term_withdrawal (
    id uuid primary key,
    term_id uuid not null references vocabulary_term (id),
    institution_id uuid not null references institution (id),
    created_at timestamp with time zone not null,
    constraint uq_vocabulary_term_withdrawal unique (term_id, institution_id)
);

insert into vocabulary (code, name_en, name_ru, name_tg) values ('place-type', 'Type of place', 'Тип места', 'Навъи ҷой');
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('c174e8f5-ef72-54c8-83e4-4270e0def2b5', 'place-type', null, 'PENAL_COLONY', 'Penal colony', 'Исправительная колония', 'Колонияи ислоҳӣ', 10, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('b088ddb2-fe7c-52ec-b592-8a20c29f99ed', 'place-type', null, 'PRE_TRIAL_DETENTION', 'Pre-trial detention centre', 'Следственный изолятор (СИЗО)', 'Тавқифгоҳи тафтишотӣ (СИЗО)', 20, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('530589fe-c3bf-5db1-8d98-406f2b374eb9', 'place-type', null, 'POLICE_TEMPORARY_DETENTION', 'Police temporary detention facility', 'Изолятор временного содержания (ИВС)', 'Ҷои нигоҳдории муваққатии милитсия (ИВС)', 30, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('36241e7c-dba6-5fb6-864c-f2868cd67dce', 'place-type', null, 'MIGRATION_DETENTION', 'Migration / foreigners'' detention centre', 'Центр временного содержания иностранных граждан', 'Маркази нигоҳдории муваққатии шаҳрвандони хориҷӣ', 40, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('fb288d61-c7a4-5ac8-ae6d-651321f1baaa', 'place-type', null, 'BORDER_FACILITY', 'Border facility', 'Пограничное учреждение', 'Муассисаи сарҳадӣ', 50, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('3785f982-e914-5ab4-a4b3-dc06dbbf1dcb', 'place-type', null, 'PSYCHIATRIC', 'Psychiatric institution', 'Психиатрическое учреждение', 'Муассисаи психиатрӣ', 60, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('b5b796cb-3150-50f6-9e72-ed61d4bfaa64', 'place-type', null, 'JUVENILE', 'Juvenile institution', 'Учреждение для несовершеннолетних', 'Муассиса барои ноболиғон', 70, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('9aa0e465-ad7a-510d-afc0-68585fe51a3c', 'place-type', null, 'OTHER', 'Other', 'Другое', 'Дигар', 80, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);

insert into vocabulary (code, name_en, name_ru, name_tg) values ('authority', 'Responsible authority', 'Ведомство', 'Мақомоти масъул');
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('c41a131e-0b57-5017-92eb-77410dd4d964', 'authority', null, 'MINISTRY_OF_JUSTICE', 'Ministry of Justice', 'Министерство юстиции', 'Вазорати адлия', 10, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('daa56a64-534d-5485-8891-6e6126f7b39f', 'authority', null, 'MINISTRY_OF_INTERIOR', 'Ministry of Internal Affairs', 'Министерство внутренних дел', 'Вазорати корҳои дохилӣ', 20, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('c5a2ac16-4834-5ae7-ad82-35b5c33e2e9d', 'authority', null, 'BORDER_SERVICE', 'Border service', 'Пограничная служба', 'Хадамоти сарҳадӣ', 30, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('8e437fc1-6a41-5164-9ca7-8d18bbba27bf', 'authority', null, 'SECURITY_SERVICE', 'State security service', 'Служба безопасности', 'Хадамоти амнияти давлатӣ', 40, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('dcfd17f2-1fbf-51a4-8420-f7952f627c2c', 'authority', null, 'MINISTRY_OF_HEALTH', 'Ministry of Health', 'Министерство здравоохранения', 'Вазорати тандурустӣ', 50, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
insert into vocabulary_term (id, vocabulary_code, institution_id, code, label_en, label_ru, label_tg, sort_order, deprecated, created_at, version) values ('d2ea4843-2597-5415-9ebe-ab13f7f5e67e', 'authority', null, 'OTHER', 'Other', 'Другое', 'Дигар', 60, false, timestamp with time zone '2026-01-01 00:00:00+00', 0);
