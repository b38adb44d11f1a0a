-- Why: the daily digest goes to each head of office and team lead once a day, even when the job runs again or on
-- several nodes at once: the row is written before the e-mail is sent, under this key.
create table digest_sent (
    recipient_id uuid not null references user_account (id),
    digest_date date not null,
    institution_id uuid not null references institution (id),
    sent_at timestamp with time zone not null,
    primary key (recipient_id, digest_date)
);
