-- Contract registry service. The shared outbox, inbox and idempotency tables come from db/common.

-- Read-model of permits, fed only by permit.events (PermitIssued/Renewed/Revoked/Expired/Terminated).
create table permit_view (
    permit_number          varchar(32) primary key,
    kind                   varchar(20) not null check (kind in ('EMPLOYER', 'LABOUR_IMMIGRANT')),
    status                 varchar(16) not null check (status in ('ISSUED', 'REVOKED', 'EXPIRED', 'TERMINATED')),
    employer_bin           varchar(12),
    region                 varchar(9)  not null,
    category               varchar(32) not null,
    occupation_code        varchar(4),
    citizenship            varchar(3),
    worker_document_number varchar(32) not null,
    vacancy_id             uuid,
    valid_from             date        not null,
    valid_to               date        not null,
    updated_at             timestamptz not null,
    check (valid_to >= valid_from),
    check (kind = 'LABOUR_IMMIGRANT' or employer_bin is not null)
);

create sequence contract_number_seq;

create table labour_contract (
    id                 uuid primary key,
    contract_number    varchar(32)   not null unique check (contract_number ~ '^LC-[0-9]{4}-[0-9]{6,}$'),
    permit_number      varchar(32)   not null references permit_view (permit_number),
    permit_kind        varchar(20)   not null check (permit_kind in ('EMPLOYER', 'LABOUR_IMMIGRANT')),
    vacancy_id         uuid,
    employer_bin       varchar(12)   not null,
    region             varchar(9)    not null,
    worker_full_name   varchar(200)  not null,
    worker_passport    varchar(20)   not null,
    worker_citizenship varchar(2)    not null,
    worker_iin         varchar(12),
    position           varchar(200)  not null,
    occupation_code    varchar(4)    not null,
    start_date         date          not null,
    end_date           date,
    salary             numeric(14, 2) not null check (salary > 0),
    currency           varchar(3)    not null,
    weekly_hours       smallint      not null check (weekly_hours between 1 and 60),
    signed_on          date          not null,
    registered_at      timestamptz   not null,
    late               boolean       not null,
    status             varchar(20)   not null
        check (status in ('ACTIVE', 'TERMINATED', 'PERMIT_REVOKED', 'PERMIT_EXPIRED', 'PERMIT_TERMINATED')),
    terminated_on      date,
    termination_reason varchar(32),
    termination_note   varchar(500),
    amendment_count    integer       not null default 0 check (amendment_count >= 0),
    late_amendments    integer       not null default 0 check (late_amendments >= 0),
    version            bigint        not null,
    check (end_date is null or end_date >= start_date),
    check ((status = 'TERMINATED') = (terminated_on is not null and termination_reason is not null))
);
-- An employer's permit is for one job: at most one active contract. A labour immigrant may work for several.
create unique index labour_contract_one_active_per_employer_permit on labour_contract (permit_number)
    where status = 'ACTIVE' and permit_kind = 'EMPLOYER';
create index labour_contract_order on labour_contract (registered_at, id);
create index labour_contract_employer on labour_contract (employer_bin, registered_at, id);
create index labour_contract_region on labour_contract (region, registered_at, id);
create index labour_contract_permit on labour_contract (permit_number);
create index labour_contract_passport on labour_contract (worker_passport);

-- One amendment row per registered change; late when registered after the amendment deadline.
create table contract_amendment (
    id             uuid primary key,
    contract_id    uuid         not null references labour_contract (id),
    signed_on      date         not null,
    changed_fields varchar(100) not null,
    late           boolean      not null,
    registered_at  timestamptz  not null
);
create index contract_amendment_contract on contract_amendment (contract_id);

-- The employer's report that a citizen replaced the foreign worker (seed 004). The citizen's IIN stays here.
create table foreign_worker_replacement (
    contract_id  uuid primary key references labour_contract (id),
    citizen_iin  varchar(12) not null check (citizen_iin ~ '^[0-9]{12}$'),
    replaced_on  date        not null,
    reported_at  timestamptz not null
);

-- The hash-chained registry log. Appends are serialised by locking the single head row (SELECT ... FOR UPDATE)
-- in the appending transaction; the unique previous_hash makes a fork impossible even if that were bypassed.
create table registry_head (
    id         smallint primary key check (id = 1),
    sequence   bigint   not null check (sequence >= 0),
    entry_hash char(64) not null
);
insert into registry_head (id, sequence, entry_hash) values (1, 0, repeat('0', 64));

create table registry_entry (
    sequence      bigint primary key check (sequence > 0),
    recorded_at   timestamptz not null,
    contract_id   uuid        not null references labour_contract (id),
    action        varchar(24) not null
        check (action in ('REGISTERED', 'AMENDED', 'TERMINATED', 'WORKER_REPLACED', 'PERMIT_ENDED')),
    state         text        not null,
    state_hash    char(64)    not null,
    previous_hash char(64)    not null unique,
    entry_hash    char(64)    not null unique
);
create index registry_entry_contract on registry_entry (contract_id, sequence);

-- One append in one round trip: lock the head, chain the entry, move the head. Called as late as possible in the
-- business transaction, so the head lock is held for this statement and the commit only. The entry hash is
-- SHA-256 over "sequence \n epoch-microseconds \n contract id \n action \n state hash \n previous hash"; the
-- verifier (RegistryHashes, Java) recomputes it independently.
create function registry_append(p_contract_id uuid, p_action varchar, p_state text, p_state_hash char(64),
                                p_recorded_at timestamptz)
    returns table (appended_sequence bigint, appended_hash char(64)) language plpgsql as $$
declare
    v_previous registry_head%rowtype;
    v_sequence bigint;
    v_hash     char(64);
begin
    select * into v_previous from registry_head where id = 1 for update;
    v_sequence := v_previous.sequence + 1;
    v_hash := encode(sha256(convert_to(v_sequence::text || E'\n'
        || ((extract(epoch from p_recorded_at) * 1000000)::bigint)::text || E'\n' || p_contract_id::text || E'\n'
        || p_action || E'\n' || p_state_hash || E'\n' || v_previous.entry_hash, 'UTF8')), 'hex');
    insert into registry_entry (sequence, recorded_at, contract_id, action, state, state_hash, previous_hash,
                                entry_hash)
    values (v_sequence, p_recorded_at, p_contract_id, p_action, p_state, p_state_hash, v_previous.entry_hash,
            v_hash);
    update registry_head set sequence = v_sequence, entry_hash = v_hash where id = 1;
    return query select v_sequence, v_hash;
end
$$;

-- Append-only: any UPDATE, DELETE or TRUNCATE fails, whoever the role is. Altering a row needs the trigger
-- disabled (table owner or superuser), which is exactly what verification then detects.
create function registry_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'registry_entry is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger registry_entry_no_update_or_delete before update or delete on registry_entry
    for each row execute function registry_entry_append_only();
create trigger registry_entry_no_truncate before truncate on registry_entry
    for each statement execute function registry_entry_append_only();
revoke update, delete, truncate on registry_entry from public;

-- Heads published as RegistryHeadAnchored, so a head is announced once even with several instances.
create table registry_anchor (
    sequence    bigint primary key,
    entry_hash  char(64)    not null,
    anchored_at timestamptz not null
);
