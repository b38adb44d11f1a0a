-- Why: incoming letters now await an answer too (ours, under our own country's rule), so the overdue list shows both
-- "they owe us" and "we owe them", and each on its own when filtered by direction. Without this index the filtered
-- list would read the institution's whole range of ix_letter_awaiting and drop the other direction's rows; with it,
-- it reads the page's rows in order, as the lists by counterpart and by owner do (V47).
create index ix_letter_awaiting_direction on letter (institution_id, direction, awaiting_reply_by, id);
