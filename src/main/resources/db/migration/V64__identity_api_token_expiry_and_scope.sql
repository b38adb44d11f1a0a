-- Why: a token that never expires stays usable long after anyone remembers it exists, and a token that only reads
-- (a dashboard, a report) should not be able to change anything. Every token now has an expiry (90 days unless
-- another day is chosen at creation; tokens made without one get 90 days from this migration) and may be read-only.
update api_token set expires_at = current_timestamp + interval '90' day where expires_at is null;
alter table api_token alter column expires_at set not null;
alter table api_token add column read_only boolean default false not null;
