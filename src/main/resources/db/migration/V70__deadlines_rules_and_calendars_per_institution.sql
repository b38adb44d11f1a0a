-- Why: reply rules (V41) and calendar days (V11) were global, so one institution's administrator rewrote the
-- deadlines of every other institution of the installation (issue 9). The rows shipped so far become shared rules
-- and days (institution_id null), read-only in the application; an institution's administrator who changes a rule or
-- adds or removes a day changes a row of their own institution that overrides the shared one of the same code, or of
-- the same country and date (ADR 0007). Rows earlier administrators added or changed stay shared: letters of any
-- institution may already count on them.
alter table reply_rule add column institution_id uuid references institution (id);
alter table reply_rule drop constraint uq_reply_rule_code;
-- one shared rule per code (the migrations keep to that), and one version of a code per institution
alter table reply_rule add constraint uq_reply_rule_code unique (code, institution_id);

alter table calendar_day add column institution_id uuid references institution (id);
-- an institution's row that takes a shared day out of its calendar, rather than adding one to it
alter table calendar_day add column withdrawn boolean default false not null;
alter table calendar_day drop constraint uq_calendar_day;
alter table calendar_day add constraint uq_calendar_day unique (country_code, calendar_date, institution_id);
