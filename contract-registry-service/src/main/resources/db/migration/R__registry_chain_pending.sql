-- Chains up to p_limit committed pending entries (RegistrySequencer, RegistryRepository.chainPending): under the
-- registry head's row lock, each entry's hash covers its sequence, time, contract, action, state hash and the
-- previous entry's hash (RegistryHashes recomputes the same in /registry/verify). The loop computes the hashes, which
-- must follow each other, and collects the entries; they are then written in one INSERT from the arrays (no join back
-- to the queue, whose dead rows a join would scan) and leave the queue in one DELETE: one statement per batch, not
-- one per entry. One result row per chained entry carries the event to emit and the origin of the change.
-- Repeatable: edit this file to change the function (history: V3 created it, V4 batched the delete, V5 moved it here).
create or replace function registry_chain_pending(p_limit integer)
    returns table (chained_sequence bigint, contract_id uuid, event_type varchar, event_payload text,
                   correlation_id varchar, client_id varchar, traceparent varchar)
    language plpgsql as $$
declare
    v_head      registry_head%rowtype;
    v_pending   registry_pending%rowtype;
    v_hash      char(64);
    v_count     integer := 0;
    -- The batch's entries, column by column, for the one INSERT (assigned by subscript: appended in place).
    v_chained   bigint[] := '{}';
    v_sequences bigint[] := '{}';
    v_recorded  timestamptz[] := '{}';
    v_contracts uuid[] := '{}';
    v_actions   text[] := '{}';
    v_states    text[] := '{}';
    v_state_hashes text[] := '{}';
    v_previous  text[] := '{}';
    v_hashes    text[] := '{}';
begin
    select * into v_head from registry_head where id = 1 for update;
    for v_pending in select * from registry_pending p order by p.id limit p_limit loop
        v_hash := encode(sha256(convert_to((v_head.sequence + 1)::text || E'\n'
            || ((extract(epoch from v_pending.recorded_at) * 1000000)::bigint)::text || E'\n'
            || v_pending.contract_id::text || E'\n' || v_pending.action || E'\n' || v_pending.state_hash || E'\n'
            || v_head.entry_hash, 'UTF8')), 'hex');
        v_count := v_count + 1;
        v_chained[v_count] := v_pending.id;
        v_sequences[v_count] := v_head.sequence + 1;
        v_recorded[v_count] := v_pending.recorded_at;
        v_contracts[v_count] := v_pending.contract_id;
        v_actions[v_count] := v_pending.action;
        v_states[v_count] := v_pending.state;
        v_state_hashes[v_count] := v_pending.state_hash;
        v_previous[v_count] := v_head.entry_hash;
        v_hashes[v_count] := v_hash;
        v_head.sequence := v_head.sequence + 1;
        v_head.entry_hash := v_hash;
        chained_sequence := v_head.sequence;
        contract_id := v_pending.contract_id;
        event_type := v_pending.event_type;
        event_payload := v_pending.event_payload;
        correlation_id := v_pending.correlation_id;
        client_id := v_pending.client_id;
        traceparent := v_pending.traceparent;
        return next;
    end loop;
    if v_count = 0 then
        return;
    end if;
    insert into registry_entry (sequence, recorded_at, contract_id, action, state, state_hash, previous_hash,
                                entry_hash, pending_id, chained_at)
    select e.sequence, e.recorded_at, e.contract_id, e.action, e.state, e.state_hash, e.previous_hash, e.entry_hash,
           e.pending_id, clock_timestamp()
    from unnest(v_sequences, v_recorded, v_contracts, v_actions, v_states, v_state_hashes, v_previous, v_hashes,
                v_chained)
        as e (sequence, recorded_at, contract_id, action, state, state_hash, previous_hash, entry_hash, pending_id);
    delete from registry_pending p where p.id = any (v_chained);
    update registry_head set sequence = v_head.sequence, entry_hash = v_head.entry_hash where id = 1;
end
$$;
