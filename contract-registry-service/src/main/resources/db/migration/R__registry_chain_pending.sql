-- Chains up to p_limit committed pending entries (RegistrySequencer, RegistryRepository.chainPending): under the
-- registry head's row lock, each entry's hash covers its sequence, time, contract, action, state hash and the
-- previous entry's hash (RegistryHashes recomputes the same in /registry/verify). The chained rows leave the queue in
-- one DELETE; one result row per chained entry carries the event to emit and the origin of the change.
-- Repeatable: edit this file to change the function (history: V3 created it, V4 batched the delete, V5 moved it here).
create or replace function registry_chain_pending(p_limit integer)
    returns table (chained_sequence bigint, contract_id uuid, event_type varchar, event_payload text,
                   correlation_id varchar, client_id varchar, traceparent varchar)
    language plpgsql as $$
declare
    v_head    registry_head%rowtype;
    v_pending registry_pending%rowtype;
    v_hash    char(64);
    v_chained bigint[] := '{}';
begin
    select * into v_head from registry_head where id = 1 for update;
    for v_pending in select * from registry_pending p order by p.id limit p_limit loop
        v_hash := encode(sha256(convert_to((v_head.sequence + 1)::text || E'\n'
            || ((extract(epoch from v_pending.recorded_at) * 1000000)::bigint)::text || E'\n'
            || v_pending.contract_id::text || E'\n' || v_pending.action || E'\n' || v_pending.state_hash || E'\n'
            || v_head.entry_hash, 'UTF8')), 'hex');
        insert into registry_entry (sequence, recorded_at, contract_id, action, state, state_hash, previous_hash,
                                    entry_hash, pending_id, chained_at)
        values (v_head.sequence + 1, v_pending.recorded_at, v_pending.contract_id, v_pending.action, v_pending.state,
                v_pending.state_hash, v_head.entry_hash, v_hash, v_pending.id, clock_timestamp());
        v_chained := v_chained || v_pending.id;
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
    delete from registry_pending p where p.id = any (v_chained);
    update registry_head set sequence = v_head.sequence, entry_hash = v_head.entry_hash where id = 1;
end
$$;
