-- Contract registration in one write statement (register_contract, R__register_contract.sql) after one read.

-- The permit as the registration judged it: the read-model's version moves with every change of the row (PermitView,
-- @Version), and register_contract refuses to insert when the locked row is no longer at the judged version.
alter table permit_view add column version bigint not null default 0;

-- The append-only registry tables checked links that verification proves anyway. RegistrySnapshot joins every entry
-- to its contract (for the contract's salt), so an entry whose contract is missing drops out of the walk and
-- ChainCheck reports a missing sequence; ChainCheck proves each previous_hash is the hash of the entry before, and the
-- sequence primary key admits one entry per position, so there is no fork to guard against with unique hashes. Each
-- of these cost an index insertion or a key-share lock on the contract row per entry, in the registration's
-- transaction (pending) or the sequencer's (entry).
alter table registry_pending drop constraint registry_pending_contract_id_fkey;
alter table registry_entry drop constraint registry_entry_contract_id_fkey;
alter table registry_entry drop constraint registry_entry_previous_hash_key;
alter table registry_entry drop constraint registry_entry_entry_hash_key;
