-- Why: the reply-by date of an outgoing letter comes from the law of the recipient's jurisdiction (so many days
-- from sending, delivery or registration, calendar or working days, extensions, forwarding), and laws change; so the
-- rules are data an administrator edits, not code. They are facts of law, global to the installation like the
-- working-day calendars (V11), not per institution. A rule is never deleted, only deprecated, because letters keep
-- pointing at its code. Seeds: Russia's law on citizens' appeals (59-FZ), the Russian Commissioner's law (1-FKZ) and
-- Tajikistan's law on appeals, the last one entered from secondary knowledge and marked for a lawyer to check.
create table reply_rule (
    id uuid primary key,
    code varchar(40) not null,
    country_code varchar(2) not null,
    name_en varchar(200) not null,
    name_ru varchar(200) not null,
    name_tg varchar(200) not null,
    description_en varchar(4000),
    description_ru varchar(4000),
    description_tg varchar(4000),
    legal_basis varchar(500) not null,
    counting_start varchar(20) not null,
    delivery_days integer,
    registration_days integer,
    answer_days integer not null,
    day_kind varchar(20) not null,
    extension_max_count integer not null,
    extension_max_days integer,
    extension_needs_notice boolean not null,
    forwarding_days integer,
    acknowledgement_stops_clock boolean not null,
    non_working_end varchar(30) not null,
    long_overdue_days integer not null,
    deprecated boolean not null default false,
    created_at timestamp with time zone not null,
    created_by varchar(100) not null,
    updated_at timestamp with time zone not null,
    updated_by varchar(100) not null,
    version bigint not null,
    constraint uq_reply_rule_code unique (code),
    constraint ck_reply_rule_counting_start check (counting_start in ('SENT', 'DELIVERED', 'REGISTERED')),
    constraint ck_reply_rule_day_kind check (day_kind in ('CALENDAR', 'WORKING')),
    constraint ck_reply_rule_non_working_end check (non_working_end in ('KEEP', 'NEXT_WORKING_DAY', 'PREVIOUS_WORKING_DAY')),
    constraint ck_reply_rule_periods check (answer_days > 0 and long_overdue_days > 0 and extension_max_count >= 0
        and (delivery_days is null or delivery_days >= 0) and (registration_days is null or registration_days >= 0)
        and (extension_max_days is null or extension_max_days > 0) and (forwarding_days is null or forwarding_days > 0))
);

insert into reply_rule (id, code, country_code, name_en, name_ru, name_tg, description_en, description_ru, description_tg,
    legal_basis, counting_start, delivery_days, registration_days, answer_days, day_kind, extension_max_count,
    extension_max_days, extension_needs_notice, forwarding_days, acknowledgement_stops_clock, non_working_end,
    long_overdue_days, deprecated, created_at, created_by, updated_at, updated_by, version)
values ('02fb33e1-3325-540f-96fa-57872d159938', 'RU-59-FZ', 'RU',
    'Russia: citizens'' appeals to state bodies (59-FZ)',
    'Россия: обращения граждан в государственные органы (59-ФЗ)',
    'Русия: муроҷиатҳои шаҳрвандон ба мақомоти давлатӣ (59-ФЗ)',
    'A written appeal is registered within 3 days of receipt (art. 8(2)) and considered within 30 days of registration (art. 12(1)). In exceptional cases, or when the body asks another body for documents, its head may extend the period by up to 30 days, notifying the sender (art. 12(2)); entered here as one extension. An appeal outside the body''s competence is forwarded within 7 days of registration, with notice to the sender (art. 8(3)); the body it goes to then has its own 30 days. Days are calendar days; a period ending on a non-working day ends on the next working day (by analogy with art. 193 of the Civil Code; some ministries'' instructions move it to the previous working day instead). Not entered: the special period of art. 12(1.1). When the delivery date is unknown, 5 days in transit are assumed.',
    'Письменное обращение регистрируется в течение 3 дней с момента поступления (ч. 2 ст. 8) и рассматривается в течение 30 дней со дня регистрации (ч. 1 ст. 12). В исключительных случаях, а также при направлении запроса в другой орган руководитель вправе продлить срок не более чем на 30 дней, уведомив гражданина (ч. 2 ст. 12); здесь внесено одно продление. Обращение, решение вопросов которого не входит в компетенцию органа, направляется в течение 7 дней со дня регистрации в компетентный орган с уведомлением гражданина (ч. 3 ст. 8); у того органа свои 30 дней. Дни календарные; срок, оканчивающийся в нерабочий день, переносится на следующий рабочий день (по аналогии со ст. 193 ГК РФ; инструкции некоторых ведомств переносят его на предшествующий рабочий день). Не внесён особый срок ч. 1.1 ст. 12. Если дата доставки неизвестна, принимается 5 дней в пути.',
    'Муроҷиати хаттӣ дар давоми 3 рӯз аз лаҳзаи ворид шудан ба қайд гирифта мешавад (қ. 2 м. 8) ва дар давоми 30 рӯз аз рӯзи бақайдгирӣ баррасӣ мешавад (қ. 1 м. 12). Дар ҳолатҳои истисноӣ, инчунин ҳангоми фиристодани дархост ба мақоми дигар, роҳбар метавонад мӯҳлатро на зиёда аз 30 рӯз дароз кунад ва ба фиристанда хабар диҳад (қ. 2 м. 12); дар ин ҷо як маротиба ворид шудааст. Муроҷиате, ки ба салоҳияти мақом дохил намешавад, дар давоми 7 рӯз аз рӯзи бақайдгирӣ ба мақоми салоҳиятдор фиристода мешавад ва ба фиристанда хабар дода мешавад (қ. 3 м. 8); он мақом 30 рӯзи худро дорад. Рӯзҳо тақвимӣ мебошанд; мӯҳлате, ки ба рӯзи ғайрикорӣ рост ояд, ба рӯзи кории навбатӣ мегузарад (мувофиқи м. 193 Кодекси граждании ФР; дастурамалҳои баъзе вазоратҳо онро ба рӯзи кории қаблӣ мегузаронанд). Мӯҳлати махсуси қ. 1.1 м. 12 ворид нашудааст. Агар санаи расидан маълум набошад, 5 рӯз дар роҳ ҳисоб карда мешавад.',
    'Федеральный закон от 02.05.2006 № 59-ФЗ «О порядке рассмотрения обращений граждан Российской Федерации», ч. 2 и 3 ст. 8, ч. 1 и 2 ст. 12',
    'REGISTERED', 5, 3, 30, 'CALENDAR', 1, 30, true, 7, false, 'NEXT_WORKING_DAY', 30, false,
    timestamp with time zone '2026-01-01 00:00:00+00', 'system', timestamp with time zone '2026-01-01 00:00:00+00', 'system', 0);

insert into reply_rule (id, code, country_code, name_en, name_ru, name_tg, description_en, description_ru, description_tg,
    legal_basis, counting_start, delivery_days, registration_days, answer_days, day_kind, extension_max_count,
    extension_max_days, extension_needs_notice, forwarding_days, acknowledgement_stops_clock, non_working_end,
    long_overdue_days, deprecated, created_at, created_by, updated_at, updated_by, version)
values ('cf8c8b23-6a21-515c-90f3-c23527e89657', 'RU-1-FKZ', 'RU',
    'Russia: complaint to the Commissioner for Human Rights (1-FKZ)',
    'Россия: жалоба Уполномоченному по правам человека (1-ФКЗ)',
    'Русия: шикоят ба Ваколатдор оид ба ҳуқуқи инсон (1-ФКЗ)',
    'Having received a complaint, the Commissioner accepts it for consideration, explains to the applicant the remedies open to them, passes it to the body competent to decide it, or refuses it with reasons (art. 20(1)), and notifies the applicant of the decision within ten days (art. 20(2)). The law does not say from which day the ten days run: counted here from receipt, in calendar days. This period asks for the notice of the decision, so an acknowledgement stops the clock; the consideration of the complaint itself has no statutory period. The law governs complaints of individuals (art. 15-17); a letter from a foreign ombudsman institution is not such a complaint, so for such letters this rule is only a reference. When the delivery date is unknown, 5 days in transit are assumed.',
    'Получив жалобу, Уполномоченный принимает её к рассмотрению, разъясняет заявителю средства защиты, передаёт её органу, к компетенции которого относится разрешение жалобы по существу, или мотивированно отказывает в принятии (ч. 1 ст. 20) и о принятом решении в десятидневный срок уведомляет заявителя (ч. 2 ст. 20). Закон не указывает, с какого дня исчисляется срок: здесь — со дня поступления, в календарных днях. Срок требует уведомления о решении, поэтому подтверждение получения останавливает отсчёт; срок самого рассмотрения жалобы законом не установлен. Закон касается жалоб граждан (ст. 15–17); письмо зарубежного омбудсмена такой жалобой не является, и для таких писем правило служит лишь ориентиром. Если дата доставки неизвестна, принимается 5 дней в пути.',
    'Ваколатдор шикоятро гирифта, онро барои баррасӣ қабул мекунад, ба аризадиҳанда воситаҳои ҳимояро шарҳ медиҳад, онро ба мақоми салоҳиятдор месупорад ё бо асос рад мекунад (қ. 1 м. 20) ва дар мӯҳлати даҳрӯза ба аризадиҳанда дар бораи қарор хабар медиҳад (қ. 2 м. 20). Қонун нишон намедиҳад, ки мӯҳлат аз кадом рӯз ҳисоб карда мешавад: дар ин ҷо аз рӯзи ворид шудан, бо рӯзҳои тақвимӣ. Ин мӯҳлат огоҳиномаро дар бораи қарор талаб мекунад, бинобар ин тасдиқи гирифтан ҳисобро қатъ мекунад; мӯҳлати худи баррасии шикоят бо қонун муқаррар нашудааст. Қонун ба шикоятҳои шаҳрвандон дахл дорад (м. 15–17); номаи омбудсмени хориҷӣ чунин шикоят нест ва барои чунин номаҳо ин қоида танҳо роҳнамо аст. Агар санаи расидан маълум набошад, 5 рӯз дар роҳ ҳисоб карда мешавад.',
    'Федеральный конституционный закон от 26.02.1997 № 1-ФКЗ «Об Уполномоченном по правам человека в Российской Федерации», ч. 1 и 2 ст. 20',
    'DELIVERED', 5, null, 10, 'CALENDAR', 0, null, false, null, true, 'NEXT_WORKING_DAY', 30, false,
    timestamp with time zone '2026-01-01 00:00:00+00', 'system', timestamp with time zone '2026-01-01 00:00:00+00', 'system', 0);

insert into reply_rule (id, code, country_code, name_en, name_ru, name_tg, description_en, description_ru, description_tg,
    legal_basis, counting_start, delivery_days, registration_days, answer_days, day_kind, extension_max_count,
    extension_max_days, extension_needs_notice, forwarding_days, acknowledgement_stops_clock, non_working_end,
    long_overdue_days, deprecated, created_at, created_by, updated_at, updated_by, version)
values ('0687dce8-bc77-56d7-8359-a898fa3bb246', 'TJ-APPEALS', 'TJ',
    'Tajikistan: appeals of individuals and legal entities (to be checked)',
    'Таджикистан: обращения физических и юридических лиц (требует проверки)',
    'Тоҷикистон: муроҷиатҳои шахсони воқеӣ ва ҳуқуқӣ (бояд санҷида шавад)',
    'TO BE CHECKED BY A LAWYER before relying on it. Entered from secondary knowledge, not from the text of the law: 30 calendar days, counted here from receipt, with one extension of up to 30 days with notice to the sender. Still to check: the article numbers; whether the period runs from receipt or from registration, and the registration period; whether appeals that need no further study have a shorter period; the forwarding period (not entered). When the delivery date is unknown, 7 days in transit are assumed.',
    'ТРЕБУЕТ ПРОВЕРКИ ЮРИСТОМ, прежде чем на него полагаться. Внесено не по тексту закона: 30 календарных дней, здесь — со дня поступления, одно продление не более чем на 30 дней с уведомлением заявителя. Проверить: номера статей; исчисляется ли срок со дня поступления или со дня регистрации, и срок регистрации; есть ли более короткий срок для обращений, не требующих дополнительного изучения; срок переадресации (не внесён). Если дата доставки неизвестна, принимается 7 дней в пути.',
    'ПЕШ АЗ ИСТИФОДА БОЯД АЗ ҶОНИБИ ҲУҚУҚШИНОС САНҶИДА ШАВАД. На аз рӯи матни қонун ворид шудааст: 30 рӯзи тақвимӣ, дар ин ҷо аз рӯзи ворид шудан, як маротиба дароз кардан то 30 рӯз бо огоҳ кардани муроҷиаткунанда. Санҷидан лозим: рақамҳои моддаҳо; мӯҳлат аз рӯзи ворид шудан ё аз рӯзи бақайдгирӣ ҳисоб мешавад ва мӯҳлати бақайдгирӣ чанд аст; оё барои муроҷиатҳое, ки омӯзиши иловагиро талаб намекунанд, мӯҳлати кӯтоҳтар ҳаст; мӯҳлати ирсол ба мақоми дигар (ворид нашудааст). Агар санаи расидан маълум набошад, 7 рӯз дар роҳ ҳисоб карда мешавад.',
    'Қонуни Ҷумҳурии Тоҷикистон аз 23.07.2016 № 1339 «Дар бораи муроҷиатҳои шахсони воқеӣ ва ҳуқуқӣ» (Закон РТ «Об обращениях физических и юридических лиц»); моддаҳо бояд санҷида шаванд',
    'DELIVERED', 7, null, 30, 'CALENDAR', 1, 30, true, null, false, 'NEXT_WORKING_DAY', 30, false,
    timestamp with time zone '2026-01-01 00:00:00+00', 'system', timestamp with time zone '2026-01-01 00:00:00+00', 'system', 0);
