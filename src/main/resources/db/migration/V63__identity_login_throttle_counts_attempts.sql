-- Why: the throttle now counts an attempt atomically before the password is checked, and a key is paused while its
-- count has reached the limit within its window (docs/adr/0007). Nothing stores a lock end any more.
alter table login_throttle drop column locked_until;
