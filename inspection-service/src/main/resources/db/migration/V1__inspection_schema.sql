-- Inspection service. The shared outbox, inbox, idempotency and audit tables come from db/common.
-- Grievances are the most sensitive data of the registry (who complained about whom): they live here, in their own
-- database, and no other service reads these tables.

-- Read-model of registered contracts, fed only by contract.events. The inspectorate's fields of ContractRegistered
-- (passport, employer name, salary, hours, agency) are null on contracts registered before the registry sent them.
create table contract_view (
    contract_number        varchar(32)   primary key check (contract_number ~ '^LC-[0-9]{4}-[0-9]{6,}$'),
    contract_id            uuid          not null unique,
    permit_number          varchar(32),
    employer_bin           varchar(12),
    employer_iin           varchar(12),
    employer_name          varchar(300),
    region                 varchar(9)    not null,
    occupation_code        varchar(4),
    worker_document_number varchar(32),
    worker_citizenship     varchar(3),
    recruitment_agency_bin varchar(12),
    start_date             date          not null,
    end_date               date,
    salary                 numeric(14, 2) check (salary > 0),
    currency               varchar(3),
    weekly_hours           smallint,
    terminated             boolean       not null default false,
    terminated_on          date,
    termination_reason     varchar(32),
    registered_at          timestamptz   not null,
    wages_judged_through   date          check (wages_judged_through is null or extract(day from wages_judged_through) = 1),
    updated_at             timestamptz   not null,
    check (employer_bin is not null or employer_iin is not null),
    check (terminated = (terminated_on is not null))
);
create index contract_view_permit on contract_view (permit_number);
create index contract_view_passport on contract_view (worker_document_number);
create index contract_view_employer_bin on contract_view (employer_bin);
create index contract_view_employer_iin on contract_view (employer_iin);

-- A contract's monthly salary from a day on: at registration, then after each amendment that changed it.
create table contract_salary (
    id              uuid           primary key,
    contract_number varchar(32)    not null references contract_view (contract_number),
    effective_on    date           not null,
    salary          numeric(14, 2) not null check (salary > 0),
    currency        varchar(3)     not null,
    unique (contract_number, effective_on)
);

-- Read-model of permits, fed only by permit.events.
create table permit_view (
    permit_number          varchar(32)  primary key,
    kind                   varchar(20)  not null check (kind in ('EMPLOYER', 'LABOUR_IMMIGRANT')),
    status                 varchar(16)  not null check (status in ('ISSUED', 'REVOKED', 'EXPIRED', 'TERMINATED')),
    employer_bin           varchar(12),
    region                 varchar(9)   not null,
    category               varchar(32),
    occupation_code        varchar(4),
    citizenship            varchar(3),
    worker_document_number varchar(32)  not null,
    valid_from             date         not null,
    valid_to               date         not null,
    salary                 numeric(14, 2),
    issued_on              date         not null,
    ended_on               date,
    updated_at             timestamptz  not null,
    check ((status = 'ISSUED') = (ended_on is null))
);
create index permit_view_passport on permit_view (worker_document_number);
create index permit_view_employer on permit_view (employer_bin, valid_from);

-- A permit's end seen before its PermitIssued (the issue replayed from the dead-letter topic later).
create table permit_end_unseen (
    permit_number varchar(32) primary key,
    status        varchar(16) not null check (status in ('REVOKED', 'EXPIRED', 'TERMINATED')),
    ended_on      date        not null
);

-- Foreign workers replaced by citizens, as the employer reported them (ForeignWorkerReplaced); no citizen's IIN.
create table worker_replacement (
    contract_number varchar(32) primary key,
    employer_bin    varchar(12),
    employer_iin    varchar(12),
    region          varchar(9)  not null,
    replaced_on     date        not null,
    reported_at     timestamptz not null
);
create index worker_replacement_employer on worker_replacement (employer_bin, replaced_on);

create sequence case_number_seq;

-- Cases: grievances of workers and advocates, and wages cases of the monitor. The case token is kept as its SHA-256
-- hash only; the monitor's cases have no filer and no token.
create table inspection_case (
    id                     uuid          primary key,
    case_number            varchar(32)   not null unique check (case_number ~ '^IC-[0-9]{4}-[0-9]{6,}$'),
    kind                   varchar(32)   not null check (kind in ('PASSPORT_WITHHELD', 'WAGES_UNPAID_OR_LATE',
        'TERMS_DIFFER_FROM_CONTRACT', 'NO_CONTRACT_GIVEN', 'EXCESSIVE_HOURS', 'THREAT_OR_FORCED_LABOUR',
        'RECRUITMENT_FEE_CHARGED', 'OTHER')),
    urgent                 boolean       not null,
    source                 varchar(16)   not null check (source in ('WORKER', 'ADVOCATE', 'WAGE_MONITOR')),
    status                 varchar(24)   not null check (status in ('RECEIVED', 'UNDER_INSPECTION',
        'VIOLATION_CONFIRMED', 'NOT_CONFIRMED', 'REFERRED_TO_POLICE')),
    region                 varchar(9)    not null,
    employer_bin           varchar(12),
    employer_iin           varchar(12),
    recruitment_agency_bin varchar(12),
    contract_number        varchar(32),
    permit_number          varchar(32),
    worker_document_number varchar(32),
    description            varchar(4000),
    contact                varchar(200),
    preferred_language     varchar(8),
    disclose_to_employer   boolean       not null,
    filed_by               varchar(200),
    consent_reference      varchar(100),
    token_hash             varchar(64)   check (token_hash is null or token_hash ~ '^[0-9a-f]{64}$'),
    received_at            timestamptz   not null,
    received_on            date          not null,
    due_on                 date          not null check (due_on > received_on),
    inspection_opened_at   timestamptz,
    inspector              varchar(200),
    legal_ground           varchar(32),
    finding_note           varchar(2000),
    unpaid_months          integer       check (unpaid_months is null or unpaid_months >= 1),
    decided_at             timestamptz,
    decided_by             varchar(200),
    version                bigint        not null,
    check (employer_bin is not null or employer_iin is not null),
    check (contract_number is not null or permit_number is not null),
    check ((source = 'ADVOCATE') = (filed_by is not null and consent_reference is not null)),
    check ((source = 'WAGE_MONITOR') = (token_hash is null)),
    check (source = 'WAGE_MONITOR' or (description is not null and worker_document_number is not null)),
    check ((status in ('RECEIVED', 'UNDER_INSPECTION')) = (decided_at is null)),
    check (status = 'RECEIVED' or status = 'REFERRED_TO_POLICE' or inspection_opened_at is not null),
    check (status not in ('VIOLATION_CONFIRMED', 'REFERRED_TO_POLICE') or legal_ground is not null)
);
-- The inspector's queue: a region's open cases, urgent first, then oldest.
create index inspection_case_queue on inspection_case (region, urgent desc, received_at, id)
    where status in ('RECEIVED', 'UNDER_INSPECTION');
create index inspection_case_order on inspection_case (urgent desc, received_at, id);
create index inspection_case_employer_bin on inspection_case (employer_bin);
create index inspection_case_employer_iin on inspection_case (employer_iin);
create index inspection_case_passport on inspection_case (worker_document_number);
create index inspection_case_contract on inspection_case (contract_number);
create index inspection_case_filed_by on inspection_case (filed_by) where filed_by is not null;
-- At most one open wages case per contract: the monitor adds each further month to it.
create unique index inspection_case_one_open_wages_case on inspection_case (contract_number)
    where kind = 'WAGES_UNPAID_OR_LATE' and source = 'WAGE_MONITOR' and status in ('RECEIVED', 'UNDER_INSPECTION');

-- Termination holds: one per case, ended by the inspector or when the case is decided.
create table termination_hold (
    id                     uuid         primary key,
    case_id                uuid         not null unique references inspection_case (id),
    case_number            varchar(32)  not null,
    employer_bin           varchar(12),
    employer_iin           varchar(12),
    worker_document_number varchar(32),
    permit_number          varchar(32),
    contract_number        varchar(32),
    placed_at              timestamptz  not null,
    lifted_at              timestamptz,
    lifted_by              varchar(200),
    lift_reason            varchar(24)  check (lift_reason in ('LIFTED_BY_INSPECTOR', 'CASE_CLOSED')),
    lift_note              varchar(500),
    check ((lifted_at is null) = (lifted_by is null) and (lifted_at is null) = (lift_reason is null)),
    check (permit_number is not null or contract_number is not null)
);

-- Salary payments the payment gateway reported; a payment reference is reported once.
create table wage_payment (
    id                uuid           primary key,
    payment_reference varchar(64)    not null unique,
    contract_number   varchar(32)    not null references contract_view (contract_number),
    period            date           not null check (extract(day from period) = 1),
    amount            numeric(14, 2) not null check (amount > 0),
    currency          varchar(3)     not null,
    paid_on           date           not null,
    reported_at       timestamptz    not null,
    reported_by       varchar(200)   not null
);
create index wage_payment_contract on wage_payment (contract_number, period);

-- The judgement of one contract's month once its grace period is over: judged once (the unique key), by any
-- instance of the monitor.
create table wage_month (
    id              uuid           primary key,
    contract_number varchar(32)    not null references contract_view (contract_number),
    period          date           not null check (extract(day from period) = 1),
    expected        numeric(14, 2),
    paid            numeric(14, 2) not null,
    currency        varchar(3)     not null,
    verdict         varchar(8)     not null check (verdict in ('PAID', 'SHORT', 'MISSING')),
    case_id         uuid           references inspection_case (id),
    judged_at       timestamptz    not null,
    unique (contract_number, period),
    check ((verdict = 'PAID') = (case_id is null))
);

-- The evidence of a wages case: each month found short or missing.
create table case_evidence (
    id              uuid           primary key,
    case_id         uuid           not null references inspection_case (id),
    contract_number varchar(32)    not null,
    period          date           not null,
    verdict         varchar(8)     not null check (verdict in ('SHORT', 'MISSING')),
    expected        numeric(14, 2),
    paid            numeric(14, 2) not null,
    currency        varchar(3)     not null,
    recorded_at     timestamptz    not null,
    unique (case_id, period)
);

-- The compliance register: one entry per confirmed violation.
create table employer_violation (
    id                     uuid         primary key,
    case_id                uuid         not null unique references inspection_case (id),
    case_number            varchar(32)  not null,
    employer_bin           varchar(12),
    employer_iin           varchar(12),
    recruitment_agency_bin varchar(12),
    kind                   varchar(32)  not null,
    serious                boolean      not null,
    region                 varchar(9)   not null,
    legal_ground           varchar(32)  not null,
    confirmed_on           date         not null,
    recorded_at            timestamptz  not null,
    check (employer_bin is not null or employer_iin is not null),
    check (recruitment_agency_bin is null or kind = 'RECRUITMENT_FEE_CHARGED')
);
create index employer_violation_employer_bin on employer_violation (employer_bin, confirmed_on);
create index employer_violation_employer_iin on employer_violation (employer_iin, confirmed_on);
create index employer_violation_agency on employer_violation (recruitment_agency_bin, confirmed_on);
create index employer_violation_confirmed on employer_violation (confirmed_on, region, kind);

-- Employers' quarterly reports as submitted: the registry's draft then, and the figures the employer stands by.
create table employer_report (
    id                            uuid         primary key,
    employer_bin                  varchar(12)  not null,
    period                        varchar(7)   not null check (period ~ '^[0-9]{4}-Q[1-4]$'),
    due_on                        date         not null,
    status                        varchar(16)  not null check (status in ('CONFIRMED', 'CORRECTED')),
    drafted_workers_at_start      integer      not null check (drafted_workers_at_start >= 0),
    drafted_workers_at_end        integer      not null check (drafted_workers_at_end >= 0),
    drafted_permits_issued        integer      not null check (drafted_permits_issued >= 0),
    drafted_permits_ended         integer      not null check (drafted_permits_ended >= 0),
    drafted_contracts_registered  integer      not null check (drafted_contracts_registered >= 0),
    drafted_contracts_terminated  integer      not null check (drafted_contracts_terminated >= 0),
    drafted_replaced_by_citizens  integer      not null check (drafted_replaced_by_citizens >= 0),
    reported_workers_at_start     integer      not null check (reported_workers_at_start >= 0),
    reported_workers_at_end       integer      not null check (reported_workers_at_end >= 0),
    reported_permits_issued       integer      not null check (reported_permits_issued >= 0),
    reported_permits_ended        integer      not null check (reported_permits_ended >= 0),
    reported_contracts_registered integer      not null check (reported_contracts_registered >= 0),
    reported_contracts_terminated integer      not null check (reported_contracts_terminated >= 0),
    reported_replaced_by_citizens integer      not null check (reported_replaced_by_citizens >= 0),
    correction_note               varchar(2000),
    late                          boolean      not null,
    submitted_at                  timestamptz  not null,
    submitted_by                  varchar(200) not null,
    unique (employer_bin, period),
    check ((status = 'CORRECTED') = (correction_note is not null))
);
create index employer_report_period on employer_report (period, employer_bin);
