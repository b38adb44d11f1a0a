-- Why: the audit trail page lists an institution's entries newest first by keyset (seq below the last one seen)
-- and filters them by who acted and by what was done ("sensitive reads only" is the action READ). Without these,
-- a filter that matches few entries would walk the whole chain backwards. Filters by record kind and period match
-- many entries and are served by the (chain_key, seq) key of uq_audit_chain_seq.
create index ix_audit_entry_actor on audit_entry (chain_key, actor, seq);
create index ix_audit_entry_action on audit_entry (chain_key, action, seq);
