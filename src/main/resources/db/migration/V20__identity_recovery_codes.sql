-- Why: a user who loses the phone with the authenticator app must still be able to sign in. Ten one-time recovery
-- codes are issued at enrolment; only a SHA-256 of each is stored (the codes carry 80 random bits), and a used
-- code keeps its row with the time of use so that the audit question "which code was used when" has an answer.
create table recovery_code (
    id uuid primary key,
    user_id uuid not null references user_account (id),
    code_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    used_at timestamp with time zone,
    constraint uq_recovery_code unique (user_id, code_hash)
);
