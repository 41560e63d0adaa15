-- The database work of one contract registration, as pgbench runs it (-M prepared): the same statements in the
-- same order and transaction as POST /api/v1/contracts (IdempotencyKeys claim, permit row lock, active-contract
-- check, contract number, contract insert, pending registry entry, audit record, idempotency response) on the
-- service's own tables, with rows of the same size (the contract's 32-byte state salt included). Permits WP-2098-*
-- are seeded by the benchmark and taken in turn from bench_permit_seq. The registry sequencer chains these pending
-- entries in the background, as it does the service's. pgbench replaces :name even inside string literals, hence a
-- space after each JSON colon and ':' on its own. Frozen: the transaction a
-- registration was until register_contract took its writes (registration-function.sql is the service's SQL now); kept
-- unchanged as the reference of issue 22 §1.
\set key random(1, 1000000000000)
begin;
insert into idempotency_record (scope, idempotency_key, request_hash)
    values ('register-contract' || ':' || '990340000017', 'pgbench-' || (:client_id)::text || '-' || (:key)::text,
            encode(sha256(convert_to((:key)::text, 'UTF8')), 'hex'))
    on conflict do nothing;
select 'WP-2098-' || lpad(nextval('bench_permit_seq')::text, 6, '0') as permit \gset
select * from permit_view where permit_number = (:permit)::text for update;
select 1 from labour_contract where permit_number = (:permit)::text and status = 'ACTIVE'
    and permit_kind = 'EMPLOYER' fetch first 1 rows only;
select nextval('contract_number_seq') as number \gset
insert into labour_contract (id, contract_number, permit_number, permit_kind, vacancy_id, employer_bin, region,
        worker_full_name, worker_passport, worker_citizenship, worker_iin, position, occupation_code, start_date,
        end_date, salary, currency, weekly_hours, signed_on, registered_at, late, status, amendment_count,
        late_amendments, state_salt, version)
    values (gen_random_uuid(), 'LC-2099-' || lpad((:number)::text, 6, '0'), (:permit)::text, 'EMPLOYER',
            gen_random_uuid(), '990340000017', '750000000', 'Benchmark Worker', 'BP' || lpad((:number)::text, 8, '0'),
            'UZ', null, 'Software developer', '2512', current_date + 7, current_date + 300, 650000.00, 'KZT', 40,
            current_date, now(), false, 'ACTIVE', 0, 0, sha256(convert_to(gen_random_uuid()::text, 'UTF8')), 0)
    returning id as contract \gset
insert into registry_pending (recorded_at, contract_id, action, state, state_hash, event_type, event_payload,
        correlation_id, client_id)
    select now(), (:contract)::uuid, 'REGISTERED', state, encode(sha256(convert_to(state, 'UTF8')), 'hex'), null,
           null, 'pgbench-request', null
    from (select '{"amendmentCount": 0,"contractNumber":"LC-2099-' || (:number)::text || '","currency":"KZT",'
            || '"employerBin":"990340000017","endDate":"2027-09-19","id":"' || (:contract)::text || '",'
            || '"lateAmendments": 0,"late": false,"occupationCode":"2512","permitKind":"EMPLOYER","permitNumber":"'
            || (:permit)::text || '","position":"Software developer","region":"750000000","registeredAt": "'
            || now()::text || '","salary":"650000.00","signedOn":"2026-11-23","startDate":"2026-11-30",'
            || '"status":"ACTIVE","weeklyHours": 40,"workerCitizenship":"UZ","workerFullName":"Benchmark Worker",'
            || '"workerPassport":"BP' || lpad((:number)::text, 8, '0') || '"}' as state) canonical;
insert into audit_record (occurred_at, subject, role, caller_bin, caller_region, action, resource_type,
        resource_id, outcome, status, client_id, correlation_id)
    values (now(), 'employer' || ':' || '990340000017', 'employer', '990340000017', null, 'contract.register', 'contract',
            (:permit)::text, 'SUCCESS', 201, null, 'pgbench-request');
update idempotency_record set response = '{"id":"' || (:contract)::text || '","contractNumber":"LC-2099-'
        || (:number)::text || '","permitNumber":"' || (:permit)::text || '","status":"ACTIVE","late": false,'
        || '"employerBin":"990340000017","region":"750000000","position":"Software developer",'
        || '"occupationCode":"2512","salary": 650000.00,"currency":"KZT","weeklyHours": 40,"version": 0}'
    where scope = 'register-contract' || ':' || '990340000017'
      and idempotency_key = 'pgbench-' || (:client_id)::text || '-' || (:key)::text;
end;
