-- The registry log is chained by one sequencer instead of inside every business transaction (issue 9 benchmark:
-- 16 registrations queued for the head row lock). A registration, amendment, termination, replacement or
-- permit-end inserts a pending entry, without any lock on the chain; RegistrySequencer moves committed pending
-- entries into registry_entry in batches, under the head row lock, and only then emits the contract events (which
-- carry the registry sequence).

create table registry_pending (
    -- Allocated after the contract row was written (and locked) in the same transaction, so the pending entries
    -- of one contract are numbered in commit order; entries of different contracts may commit out of id order.
    id            bigserial primary key,
    recorded_at   timestamptz not null,
    contract_id   uuid        not null references labour_contract (id),
    action        varchar(24) not null
        check (action in ('REGISTERED', 'AMENDED', 'TERMINATED', 'WORKER_REPLACED', 'PERMIT_ENDED')),
    state         text        not null,
    state_hash    char(64)    not null,
    -- The event to emit once chained (EventType name and payload JSON); null when the change emits none.
    event_type    varchar(64),
    event_payload text,
    -- X-Request-Id and X-Client-Id of the request that made the change: the sequencer emits the event after that
    -- request has ended, and the event must still carry them (CloudEvents correlationid / clientid).
    correlation_id varchar(64),
    client_id      varchar(64),
    check ((event_type is null) = (event_payload is null))
);

-- Exactly once: a pending entry is chained at most once (unique pending_id), and a contract is registered in the
-- log once. chained_at is bookkeeping for latency figures, outside the hashes.
alter table registry_entry add column pending_id bigint unique;
alter table registry_entry add column chained_at timestamptz;
create unique index registry_entry_one_registration on registry_entry (contract_id) where action = 'REGISTERED';

drop function registry_append(uuid, varchar, text, char, timestamptz);

-- Chains up to p_limit committed pending entries in id order under the head row lock (the single writer of the
-- chain: a second sequencer waits here and then sees only what is left), deletes them and returns what it chained.
-- The entry hash is SHA-256 over "sequence \n epoch-microseconds \n contract id \n action \n state hash \n previous
-- hash"; the verifier (RegistryHashes, Java) recomputes it independently.
create function registry_chain_pending(p_limit integer)
    returns table (chained_sequence bigint, contract_id uuid, event_type varchar, event_payload text,
                   correlation_id varchar, client_id varchar)
    language plpgsql as $$
declare
    v_head    registry_head%rowtype;
    v_pending registry_pending%rowtype;
    v_hash    char(64);
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
        delete from registry_pending p where p.id = v_pending.id;
        v_head.sequence := v_head.sequence + 1;
        v_head.entry_hash := v_hash;
        chained_sequence := v_head.sequence;
        contract_id := v_pending.contract_id;
        event_type := v_pending.event_type;
        event_payload := v_pending.event_payload;
        correlation_id := v_pending.correlation_id;
        client_id := v_pending.client_id;
        return next;
    end loop;
    update registry_head set sequence = v_head.sequence, entry_hash = v_head.entry_hash where id = 1;
end
$$;
