-- The version of the folding rules each name's matching keys were made with; names under an older version are
-- keyed again when the application starts (people.domain.NameKeysUpgrade). Existing rows were made with version 1.
alter table person_name add column match_keys_version integer default 1 not null;
