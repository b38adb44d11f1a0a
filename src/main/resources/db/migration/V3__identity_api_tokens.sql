-- Why: integrations call the API with personal access tokens. Only a SHA-256 of the token is stored, so a
-- stolen database does not yield usable tokens; a token acts with exactly its user's permissions.
create table api_token (
    id uuid primary key,
    user_id uuid not null references user_account (id),
    name varchar(100) not null,
    token_hash varchar(64) not null unique,
    token_prefix varchar(12) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone,
    last_used_at timestamp with time zone,
    revoked_at timestamp with time zone
);

create index ix_api_token_user on api_token (user_id);
