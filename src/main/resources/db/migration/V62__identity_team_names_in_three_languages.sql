-- Why: staff read the application in English, Russian or Tajik, and a team named in one of them reads wrong in the
-- others ("Monitoring" on a Russian page). A team keeps the name it was created with and may also have a Russian and
-- a Tajik one; each reader sees the name in their language where there is one.
alter table team add column name_ru varchar(200);
alter table team add column name_tg varchar(200);
