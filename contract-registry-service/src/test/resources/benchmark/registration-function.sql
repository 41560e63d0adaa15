-- The database work of one contract registration as the service does it now (ContractRegistrationRepository), as
-- pgbench runs it (-M prepared): the read in autocommit (stored key, permit, active contract, contract number), then
-- one call of register_contract (claim, permit lock and checks, contract, pending entry, audit record, stored
-- response), with parameters of the service's sizes. The frozen reference, registration-transaction.sql, is the
-- transaction this replaced. Permits WP-2097-* are seeded by the benchmark and taken in turn from
-- bench_function_permit_seq (one more statement, as in the frozen script); the contract id, which the service draws in
-- Java, comes with the read. pgbench replaces :name even inside string literals, hence a space after each JSON colon
-- that a letter or digit follows. Keep in step with ContractRegistrationRepository when its statements change.
\set key random(1, 1000000000000)
select 'WP-2097-' || lpad(nextval('bench_function_permit_seq')::text, 6, '0') as permit \gset
select r.version as permit_version, r.contract_number as number, gen_random_uuid() as contract from (
    select i.request_hash, i.response, p.permit_number, p.kind, p.status, p.employer_bin, p.region,
        p.category, p.occupation_code, p.citizenship, p.worker_document_number, p.vacancy_id, p.valid_from,
        p.valid_to, p.salary, p.updated_at, p.version,
        exists (select 1 from labour_contract c where c.permit_number = p.permit_number
                and c.status = 'ACTIVE' and c.permit_kind = 'EMPLOYER') as active_employer_contract,
        nextval('contract_number_seq') as contract_number
    from (values (1)) as one
    left join idempotency_record i on i.scope = 'register-contract' || ':' || '990340000017'
        and i.idempotency_key = 'pgbench-' || (:client_id)::text || '-' || (:key)::text
    left join permit_view p on p.permit_number = (:permit)::text) r \gset
-- The state's SHA-256 is Java's work in the service; here SQL computes it, so that the chain verifies afterwards.
select registered, stored_request_hash, stored_response
from (select
    '{"amendmentCount": 0,"contractNumber":"LC-2099-' || lpad((:number)::text, 6, '0') || '","currency":"KZT",'
            || '"employerBin":"990340000017","endDate":"2027-10-03","id":"' || (:contract)::text || '",'
            || '"lateAmendments": 0,"late": false,"occupationCode":"2512","permitKind":"EMPLOYER","permitNumber":"'
            || (:permit)::text || '","position":"Software developer","region":"750000000","registeredAt":"2026-12-07T12' || ':' || '00' || ':'
            || '00.123456Z","salary":"650000.00","signedOn":"2026-12-07","startDate":"2026-12-14",'
            || '"status":"ACTIVE","weeklyHours": 40,"workerCitizenship":"UZ","workerFullName":"Benchmark Worker",'
            || '"workerPassport":"BP' || lpad((:number)::text, 8, '0') || '"}' as state) canonical,
    lateral register_contract(
    'register-contract' || ':' || '990340000017', 'pgbench-' || (:client_id)::text || '-' || (:key)::text,
    '5f2b1c0e9a8d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a2f1e0d9c8b7a6f5e4d3c2b',
    '{"id":"' || (:contract)::text || '","contractNumber":"LC-2099-' || lpad((:number)::text, 6, '0')
        || '","permitNumber":"' || (:permit)::text || '","permitKind":"EMPLOYER","employerBin":"990340000017",'
        || '"employerIin": null,"region":"750000000","worker":{"fullName":"Benchmark Worker","passportNumber":"BP'
        || lpad((:number)::text, 8, '0') || '","citizenship":"UZ","iin": null},"position":"Software developer",'
        || '"occupationCode":"2512","startDate":"2026-12-14","endDate":"2027-10-03","salary":"650000.00",'
        || '"currency":"KZT","weeklyHours": 40,"signedOn":"2026-12-07","registeredAt":"2026-12-07T12' || ':' || '00' || ':'
        || '00.123456Z","late": false,"status":"ACTIVE","terminatedOn": null,"terminationReason": null,'
        || '"terminationNote": null,"amendmentCount": 0,"lateAmendments": 0,"replacedByCitizenOn": null,'
        || '"registrySequences":[],"version": 0,"employerName": null,"recruitmentAgencyBin": null}',
    (:permit)::text, (:permit_version)::bigint,
    (:contract)::uuid, 'LC-2099-' || lpad((:number)::text, 6, '0'), 'EMPLOYER', gen_random_uuid(), '990340000017',
    null, '750000000', null, null, 'Benchmark Worker', 'BP' || lpad((:number)::text, 8, '0'), 'UZ', null,
    'Software developer', '2512', current_date + 7, current_date + 300, 650000.00, 'KZT', 40::smallint, current_date, now(),
    false, 'ACTIVE', sha256(convert_to((:contract)::text, 'UTF8')), 0,
    now(),
    canonical.state,
    encode(sha256(convert_to(canonical.state, 'UTF8')), 'hex'),
    'kz.migration.contract.registered.v1',
    '{"contractId":"' || (:contract)::text || '","contractNumber":"LC-2099-' || lpad((:number)::text, 6, '0')
        || '","permitNumber":"' || (:permit)::text || '","permitKind":"EMPLOYER","vacancyId":"'
        || (:contract)::text || '","employerBin":"990340000017","employerIin": null,"region":"750000000",'
        || '"occupationCode":"2512","workerCitizenship":"UZ","startDate":"2026-12-14","endDate":"2027-10-03",'
        || '"late": false,"registrySequence": 0,"registeredAt":"2026-12-07T12' || ':' || '00' || ':' || '00.123456Z",'
        || '"workerDocumentNumber":"BP' || lpad((:number)::text, 8, '0') || '","employerName": null,'
        || '"salary": 650000.00,"currency":"KZT","weeklyHours": 40,"recruitmentAgencyBin": null}',
    'pgbench-request', null, '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
    now(), 'employer' || ':' || '990340000017', 'employer', '990340000017', null, 'contract.register', 'contract',
    (:contract)::text, 'SUCCESS', null, 'pgbench-request');
