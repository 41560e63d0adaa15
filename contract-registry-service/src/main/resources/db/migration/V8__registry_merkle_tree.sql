-- The registry log as an RFC 9162 Merkle tree with signed checkpoints (docs/registry-proofs.md). Every chained entry
-- becomes a leaf; the sequencer appends the leaves in the transaction that chains the entries, and signs a checkpoint
-- (tree size, root, time) after its batches. The hash chain of V2 stays as it was (kept for the anchors already
-- published and the auditors' entry proofs); the tree is what the public checks.

-- 32 random bytes per contract, kept with it: a public leaf carries the contract's state hash only salted with them
-- (rule contract.registry.salted-state), so nobody can test a guessed passport number against a leaf. New contracts
-- get theirs from Java's SecureRandom (RegistryLeaves.newSalt); the contracts registered before this migration get
-- theirs here, from PostgreSQL's strong random source (each gen_random_uuid draws 122 random bits from it).
alter table labour_contract add column state_salt bytea;
update labour_contract set state_salt = sha256(convert_to(gen_random_uuid()::text || gen_random_uuid()::text, 'UTF8'));
alter table labour_contract alter column state_salt set not null;
alter table labour_contract add constraint labour_contract_state_salt_size check (octet_length(state_salt) = 32);

-- The tree's complete subtrees (MerkleLog over PostgresNodeStore): the one at (level, index) covers the leaves
-- [index * 2^level, (index + 1) * 2^level). Each is written once, by the sequencer, when its last leaf is appended,
-- and never changes; level 0 holds the leaf hashes. About two rows per entry; appending an entry reads at most
-- log2(n) + 1 of them and proofs at most 2 log2(n).
create table registry_tree_node (
    level smallint not null check (level between 0 and 62),
    index bigint   not null check (index >= 0),
    hash  bytea    not null check (octet_length(hash) = 32),
    primary key (level, index)
);

-- How many chained entries are leaves of the tree. The sequencer moves it with the entries it chains, in the same
-- transaction; the entries chained before this migration are appended by its first batches.
alter table registry_head add column tree_size bigint not null default 0;
alter table registry_head add constraint registry_head_tree_within_log check (tree_size between 0 and sequence);

-- Every checkpoint signed (c2sp.org/tlog-checkpoint in a c2sp.org/signed-note), the note as published; the latest is
-- served at GET /api/v1/public/registry/checkpoint (the largest tree size: the tree only grows, so the latest).
-- Verification checks the latest against the tree recomputed from the entries.
create table registry_checkpoint (
    tree_size bigint      primary key check (tree_size >= 0),
    root_hash bytea       not null check (octet_length(root_hash) = 32),
    signed_at timestamptz not null,
    note      text        not null
);

-- Every key that signed a checkpoint, with the first and last tree size it signed. Retired keys stay here, and so
-- stay published (GET /api/v1/public/registry/keys): the checkpoints they signed keep verifying.
create table registry_checkpoint_key (
    verifier_key    varchar(200) primary key,
    first_tree_size bigint      not null,
    first_signed_at timestamptz not null,
    last_tree_size  bigint      not null,
    last_signed_at  timestamptz not null,
    check (last_tree_size >= first_tree_size)
);

-- Tree nodes and checkpoints are append-only, like registry_entry: altering one takes a table owner who disables the
-- trigger, which verification then detects.
create function registry_append_only() returns trigger language plpgsql as $$
begin
    raise exception '% is append-only: % refused', tg_table_name, tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger registry_tree_node_no_update_or_delete before update or delete on registry_tree_node
    for each row execute function registry_append_only();
create trigger registry_tree_node_no_truncate before truncate on registry_tree_node
    for each statement execute function registry_append_only();
create trigger registry_checkpoint_no_update_or_delete before update or delete on registry_checkpoint
    for each row execute function registry_append_only();
create trigger registry_checkpoint_no_truncate before truncate on registry_checkpoint
    for each statement execute function registry_append_only();
revoke update, delete, truncate on registry_tree_node, registry_checkpoint from public;
