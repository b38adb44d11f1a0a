-- Why: an office also owes answers, to the letters it receives, under the law of its own country (in Russia, 59-FZ
-- for appeals to state bodies; in Tajikistan, its law on appeals). Which rule that is must be data an administrator
-- can change, not code: one rule per country is marked as the rule its offices answer received letters under, and an
-- institution's country (identity) picks it. A letter keeps the code it was registered under, as outgoing ones do.
-- RU-59-FZ rather than RU-1-FKZ for Russia: 1-FKZ's ten days are a notice of a decision on an individual's complaint,
-- and its own description says a foreign ombudsman's letter is not such a complaint.
alter table reply_rule add column default_for_received boolean default false not null;

update reply_rule set default_for_received = true where code in ('RU-59-FZ', 'TJ-APPEALS');
