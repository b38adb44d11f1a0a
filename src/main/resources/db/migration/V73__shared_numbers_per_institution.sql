-- Why: persons, institutions, calls and commitments were numbered from database sequences shared by every
-- institution, so one institution could count another's registrations from the gaps in its own numbers (issue 9).
-- They are now numbered per institution, like letters, from the same counters; a number is unique within its
-- institution only.

alter table registry_counter alter column last_number set data type bigint;

-- each institution goes on from the highest number it holds
insert into registry_counter (institution_id, series, registry_year, last_number)
select institution_id, 'PERSON', reference_year, max(reference_number)
from (select institution_id, cast(substring(reference, 5, 4) as integer) as reference_year,
             cast(substring(reference, 10) as bigint) as reference_number
      from person) numbered
group by institution_id, reference_year;

insert into registry_counter (institution_id, series, registry_year, last_number)
select institution_id, 'COUNTERPART', 0, max(cast(substring(reference, 6) as bigint))
from counterpart group by institution_id;

insert into registry_counter (institution_id, series, registry_year, last_number)
select institution_id, 'CALL', 0, max(cast(substring(reference, 6) as bigint))
from communication group by institution_id;

insert into registry_counter (institution_id, series, registry_year, last_number)
select institution_id, 'COMMITMENT', 0, max(cast(substring(reference, 5) as bigint))
from commitment group by institution_id;

drop sequence person_reference_seq;
drop sequence counterpart_reference_seq;
drop sequence communication_reference_seq;
drop sequence commitment_reference_seq;

-- unique per institution: the column is made again, which drops its unnamed unique constraint on both databases
alter table person add column reference_per_institution varchar(20);
update person set reference_per_institution = reference;
alter table person drop column reference;
alter table person rename column reference_per_institution to reference;
alter table person alter column reference set not null;
alter table person add constraint uq_person_reference unique (institution_id, reference);

alter table counterpart add column reference_per_institution varchar(20);
update counterpart set reference_per_institution = reference;
alter table counterpart drop column reference;
alter table counterpart rename column reference_per_institution to reference;
alter table counterpart alter column reference set not null;
alter table counterpart add constraint uq_counterpart_reference unique (institution_id, reference);

alter table communication add column reference_per_institution varchar(20);
update communication set reference_per_institution = reference;
alter table communication drop column reference;
alter table communication rename column reference_per_institution to reference;
alter table communication alter column reference set not null;
alter table communication add constraint uq_communication_reference unique (institution_id, reference);

alter table commitment add column reference_per_institution varchar(20);
update commitment set reference_per_institution = reference;
alter table commitment drop column reference;
alter table commitment rename column reference_per_institution to reference;
alter table commitment alter column reference set not null;
alter table commitment add constraint uq_commitment_reference unique (institution_id, reference);
