-- Why: a one-time code stays valid for about ninety seconds; without remembering the last accepted one, a code seen
-- over someone's shoulder could be used a second time within that window.
alter table user_account add column totp_last_code varchar(6);
alter table user_account add column totp_last_used_at timestamp with time zone;
