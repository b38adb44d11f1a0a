-- Why: every change and every read of confidential data must leave a tamper-evident trace. Entries of one
-- institution form a hash chain (each entry hashes the previous one); audit_chain holds the head of each
-- chain and is locked while an entry is appended, so concurrent writers cannot fork the chain.
create table audit_chain (
    chain_key varchar(40) primary key,
    last_seq bigint not null,
    last_hash varchar(64) not null
);

create table audit_entry (
    id uuid primary key,
    chain_key varchar(40) not null,
    seq bigint not null,
    occurred_at timestamp with time zone not null,
    actor varchar(60) not null,
    action varchar(40) not null,
    object_type varchar(60),
    object_id varchar(80),
    outcome varchar(20) not null,
    detail varchar(1000),
    remote_address varchar(64),
    prev_hash varchar(64) not null,
    hash varchar(64) not null,
    constraint uq_audit_chain_seq unique (chain_key, seq)
);

create index ix_audit_entry_time on audit_entry (chain_key, occurred_at);
