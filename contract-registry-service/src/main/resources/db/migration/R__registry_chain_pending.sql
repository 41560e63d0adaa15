-- Chains up to p_limit committed pending entries (RegistrySequencer, RegistryRepository.chainPending): under the
-- registry head's row lock, each entry's hash covers its sequence, time, contract, action, state hash and the
-- previous entry's hash (RegistryHashes recomputes the same in /registry/verify). The loop only computes the hashes,
-- which must follow each other; the entries are then written in one INSERT and leave the queue in one DELETE, as
-- set-based statements cost far less per row than one statement per entry. One result row per chained entry
-- carries the event to emit and the origin of the change.
-- Repeatable: edit this file to change the function (history: V3 created it, V4 batched the delete, V5 moved it here).
create or replace function registry_chain_pending(p_limit integer)
    returns table (chained_sequence bigint, contract_id uuid, event_type varchar, event_payload text,
                   correlation_id varchar, client_id varchar, traceparent varchar)
    language plpgsql as $$
declare
    v_head      registry_head%rowtype;
    v_pending   record;
    v_hash      char(64);
    v_chained   bigint[] := '{}';
    v_sequences bigint[] := '{}';
    v_previous  text[] := '{}';
    v_hashes    text[] := '{}';
begin
    select * into v_head from registry_head where id = 1 for update;
    -- The canonical state is not read here: the hash covers its hash, and the INSERT copies it row to row.
    for v_pending in select p.id, p.recorded_at, p.contract_id, p.action, p.state_hash, p.event_type,
            p.event_payload, p.correlation_id, p.client_id, p.traceparent
            from registry_pending p order by p.id limit p_limit loop
        v_hash := encode(sha256(convert_to((v_head.sequence + 1)::text || E'\n'
            || ((extract(epoch from v_pending.recorded_at) * 1000000)::bigint)::text || E'\n'
            || v_pending.contract_id::text || E'\n' || v_pending.action || E'\n' || v_pending.state_hash || E'\n'
            || v_head.entry_hash, 'UTF8')), 'hex');
        v_chained := v_chained || v_pending.id;
        v_sequences := v_sequences || (v_head.sequence + 1);
        v_previous := v_previous || v_head.entry_hash::text;
        v_hashes := v_hashes || v_hash::text;
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
    if cardinality(v_chained) = 0 then
        return;
    end if;
    insert into registry_entry (sequence, recorded_at, contract_id, action, state, state_hash, previous_hash,
                                entry_hash, pending_id, chained_at)
    select c.sequence, p.recorded_at, p.contract_id, p.action, p.state, p.state_hash, c.previous_hash,
           c.entry_hash, p.id, clock_timestamp()
    from unnest(v_chained, v_sequences, v_previous, v_hashes) as c (pending_id, sequence, previous_hash, entry_hash)
    join registry_pending p on p.id = c.pending_id
    order by c.sequence;
    delete from registry_pending p where p.id = any (v_chained);
    update registry_head set sequence = v_head.sequence, entry_hash = v_head.entry_hash where id = 1;
end
$$;
