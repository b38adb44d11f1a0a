-- Why: every record in Huquq belongs to one institution (tenant) and is reached through a user with roles
-- and team memberships; the confidentiality model of every later module stands on these tables.
create table institution (
    id uuid primary key,
    code varchar(40) not null unique,
    name varchar(300) not null,
    country_code varchar(2),
    default_language varchar(5) not null,
    mfa_required boolean not null default false,
    created_at timestamp with time zone not null,
    version bigint not null
);

create table team (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    name varchar(200) not null,
    created_at timestamp with time zone not null,
    version bigint not null,
    constraint uq_team_name unique (institution_id, name)
);

create table user_account (
    id uuid primary key,
    institution_id uuid not null references institution (id),
    username varchar(60) not null unique,
    display_name varchar(200) not null,
    email varchar(254),
    password_hash varchar(200) not null,
    password_change_required boolean not null default false,
    language varchar(5) not null,
    enabled boolean not null default true,
    totp_secret varchar(64),
    totp_enabled boolean not null default false,
    created_at timestamp with time zone not null,
    created_by varchar(60),
    updated_at timestamp with time zone not null,
    updated_by varchar(60),
    version bigint not null
);

create table user_role (
    user_id uuid not null references user_account (id),
    role varchar(30) not null,
    primary key (user_id, role)
);

create table team_member (
    team_id uuid not null references team (id),
    user_id uuid not null references user_account (id),
    primary key (team_id, user_id)
);

-- Failed-login throttling is kept in the database so that every node of a cluster sees the same counters.
create table login_throttle (
    throttle_key varchar(300) primary key,
    failures integer not null,
    window_start timestamp with time zone not null,
    locked_until timestamp with time zone
);
