-- The write of one contract registration, in one call (ContractRegistrationRepository.register). The service has read
-- the permit and judged the registration in Java (ContractRules) without a lock; this function guards what that
-- judgement rested on and writes everything, in this order:
--   1. claims the Idempotency-Key with its response; a key already claimed waits for its claimer (the primary key
--      makes it wait) and then returns the stored request hash and response instead of writing anything;
--   2. locks the permit row (registrations on one permit, and the permit's end, take turns) and raises SQLSTATE CR001
--      when the row is no longer at the version judged or an ACTIVE EMPLOYER contract now rests on the permit: the
--      whole call rolls back, the claim with it, and the service reads and judges again;
--   3. inserts the contract, its pending registry entry and the success audit record.
-- Repeatable: edit this file to change the function.
create or replace function register_contract(
    p_scope text, p_key text, p_request_hash text, p_response text,
    p_permit_number varchar, p_permit_version bigint,
    p_id uuid, p_contract_number varchar, p_permit_kind varchar, p_vacancy_id uuid, p_employer_bin varchar,
    p_employer_iin varchar, p_region varchar, p_employer_name varchar, p_recruitment_agency_bin varchar,
    p_worker_full_name varchar, p_worker_passport varchar, p_worker_citizenship varchar, p_worker_iin varchar,
    p_position varchar, p_occupation_code varchar, p_start_date date, p_end_date date, p_salary numeric,
    p_currency varchar, p_weekly_hours smallint, p_signed_on date, p_registered_at timestamptz, p_late boolean,
    p_status varchar, p_state_salt bytea, p_version bigint,
    p_recorded_at timestamptz, p_state text, p_state_hash char(64), p_event_type varchar, p_event_payload text,
    p_correlation_id varchar, p_client_id varchar, p_traceparent varchar,
    p_audit_occurred_at timestamptz, p_audit_subject text, p_audit_role text, p_audit_caller_bin text,
    p_audit_caller_region text, p_audit_action text, p_audit_resource_type text, p_audit_resource_id text,
    p_audit_outcome text, p_audit_client_id text, p_audit_correlation_id text)
    returns table (registered boolean, stored_request_hash text, stored_response text)
    language plpgsql as $$
declare
    v_permit_version bigint;
begin
    insert into idempotency_record (scope, idempotency_key, request_hash, response)
    values (p_scope, p_key, p_request_hash, p_response)
    on conflict do nothing;
    if not found then
        return query select false, i.request_hash, i.response from idempotency_record i
                     where i.scope = p_scope and i.idempotency_key = p_key;
        return;
    end if;
    if p_permit_number is not null then
        select p.version into v_permit_version from permit_view p where p.permit_number = p_permit_number for update;
        if v_permit_version is distinct from p_permit_version then
            raise exception 'permit % changed since the registration was judged', p_permit_number
                using errcode = 'CR001';
        end if;
        if exists (select 1 from labour_contract c where c.permit_number = p_permit_number and c.status = 'ACTIVE'
                   and c.permit_kind = 'EMPLOYER') then
            raise exception 'permit % backs an active contract since the registration was judged', p_permit_number
                using errcode = 'CR001';
        end if;
    end if;
    insert into labour_contract (id, contract_number, permit_number, permit_kind, vacancy_id, employer_bin,
                                 employer_iin, region, employer_name, recruitment_agency_bin, worker_full_name,
                                 worker_passport, worker_citizenship, worker_iin, position, occupation_code,
                                 start_date, end_date, salary, currency, weekly_hours, signed_on, registered_at,
                                 late, status, amendment_count, late_amendments, state_salt, version)
    values (p_id, p_contract_number, p_permit_number, p_permit_kind, p_vacancy_id, p_employer_bin, p_employer_iin,
            p_region, p_employer_name, p_recruitment_agency_bin, p_worker_full_name, p_worker_passport,
            p_worker_citizenship, p_worker_iin, p_position, p_occupation_code, p_start_date, p_end_date, p_salary,
            p_currency, p_weekly_hours, p_signed_on, p_registered_at, p_late, p_status, 0, 0, p_state_salt,
            p_version);
    insert into registry_pending (recorded_at, contract_id, action, state, state_hash, event_type, event_payload,
                                  correlation_id, client_id, traceparent)
    values (p_recorded_at, p_id, 'REGISTERED', p_state, p_state_hash, p_event_type, p_event_payload,
            p_correlation_id, p_client_id, p_traceparent);
    insert into audit_record (occurred_at, subject, role, caller_bin, caller_region, action, resource_type,
                              resource_id, outcome, status, client_id, correlation_id)
    values (p_audit_occurred_at, p_audit_subject, p_audit_role, p_audit_caller_bin, p_audit_caller_region,
            p_audit_action, p_audit_resource_type, p_audit_resource_id, p_audit_outcome, null, p_audit_client_id,
            p_audit_correlation_id);
    return query select true, null::text, null::text;
end
$$;
