-- Why: a user name was unique across every institution of an instance, so "taken" told one institution's
-- administrator the names of another's staff (issue 9). It is now unique within its institution; a person whose
-- name is also used elsewhere signs in as name@institution-code (docs/adr/0011). The column is rebuilt because its
-- unique constraint was created unnamed, and dropping the column is the one way H2 and PostgreSQL both drop it.
alter table user_account add column login_name varchar(60);
update user_account set login_name = username;
alter table user_account drop column username;
alter table user_account rename column login_name to username;
alter table user_account alter column username set not null;
alter table user_account add constraint uq_user_account_username unique (institution_id, username);
create index ix_user_account_username on user_account (username);
