-- Why: the overdue list of one counterpart (its page, its reminders) and of one owner ("my overdue letters") must not
-- scan every overdue letter of the institution. At 100,000 letters the counterpart's list took 95 ms at the 95th
-- percentile by filtering the institution-wide range of ix_letter_awaiting; with these indexes, and the list ordered
-- by their columns, it reads the 25 rows of the page (bench/letters.sh, "candidate indexes").
create index ix_letter_awaiting_counterpart on letter (institution_id, counterpart_id, awaiting_reply_by, id);
create index ix_letter_awaiting_owner on letter (institution_id, owner, awaiting_reply_by, id);
