-- Why: granting a senior role (head, auditor, administrator) or resetting the password of someone who holds one
-- gives its holder's powers; one administrator alone must not be able to do it (issue 9, docs/adr/0011). Such a
-- change is requested here by one person and applied only when a second person of the institution approves it.
create table four_eyes_request (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    user_id uuid not null references user_account (id),
    kind varchar(20) not null,
    role varchar(30),
    requested_by uuid not null references user_account (id),
    requested_at timestamp with time zone not null,
    decided_by uuid references user_account (id),
    decided_at timestamp with time zone,
    outcome varchar(20),
    version bigint not null default 0
);

create index four_eyes_request_pending on four_eyes_request (institution_id, decided_at, requested_at);
