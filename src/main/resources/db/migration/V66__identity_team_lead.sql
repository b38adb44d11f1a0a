-- Why: a team lead receives the daily digest of the team's overdue work (issue 8); a team has at most one lead,
-- who is one of its members.
alter table team add column lead_user_id uuid references user_account (id);
