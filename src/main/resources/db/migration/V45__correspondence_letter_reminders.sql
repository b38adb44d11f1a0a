-- Why: when an outgoing letter becomes overdue (and again when it becomes long overdue), its owner is reminded in the
-- application and, where SMTP is configured, by e-mail. One row per letter, reply-by date and state: the unique key
-- makes reminding idempotent, so a job that runs again, or on two nodes at once, never reminds twice (the node whose
-- insert fails does nothing, including sending the e-mail). A new reply-by date (an extension) reminds afresh.
create table letter_reminder (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    letter_id uuid not null references letter (id),
    recipient varchar(60) not null,
    reply_state varchar(20) not null,
    reply_by date not null,
    created_at timestamp with time zone not null,
    read_at timestamp with time zone,
    emailed_at timestamp with time zone,
    constraint uq_letter_reminder unique (letter_id, reply_by, reply_state)
);

create index ix_letter_reminder_recipient on letter_reminder (institution_id, recipient, read_at);
