-- Why: the overdue list of one counterpart (its page, its reminders) and of one owner ("my overdue letters") must not
-- scan every overdue letter of the institution: at 100,000 letters the counterpart's list took 95 ms at the 95th
-- percentile by filtering the institution-wide range of ix_letter_awaiting.
create index ix_letter_awaiting_counterpart on letter (institution_id, counterpart_id, awaiting_reply_by);
create index ix_letter_awaiting_owner on letter (institution_id, owner, awaiting_reply_by);
