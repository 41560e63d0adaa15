-- The labour inspectorate's compliance register as inspection.events tells it (EmployerViolationRecorded): one row
-- per confirmed violation, never naming the worker. Which violations bar or flag an application, and for how long,
-- is decided in Java (ComplianceRecord).
create table employer_violation (
    violation_id           uuid primary key,
    case_number            varchar(40),
    employer_bin           varchar(12),
    employer_iin           varchar(12),
    recruitment_agency_bin varchar(12),
    kind                   varchar(40) not null,
    serious                boolean     not null,
    region                 varchar(9),
    legal_ground           varchar(80),
    confirmed_on           date        not null,
    recorded_at            timestamptz not null
);
create index employer_violation_bin on employer_violation (employer_bin, confirmed_on) where employer_bin is not null;
create index employer_violation_iin on employer_violation (employer_iin, confirmed_on) where employer_iin is not null;

-- Entry bans and expulsions the migration police record (issue 23 §7): a banned worker gets no permit, labour-
-- immigrant permit or renewal while the ban runs. Which applications a ban refuses is decided in Java (EntryBan).
create table entry_ban (
    id              uuid primary key,
    passport_number varchar(20)  not null,
    citizenship     char(2)      not null,
    kind            varchar(20)  not null check (kind in ('ENTRY_BAN', 'EXPULSION')),
    banned_until    date         not null,
    ground          varchar(500) not null,
    recorded_by     varchar(200) not null,
    recorded_at     timestamptz  not null,
    lifted_at       timestamptz,
    lifted_by       varchar(200),
    lift_reason     varchar(500),
    version         bigint       not null default 0,
    check ((lifted_at is null) = (lifted_by is null))
);
create index entry_ban_passport on entry_ban (passport_number, citizenship) where lifted_at is null;

-- The private recruitment agency an application names (issue 23 §7, seed 003), optional.
alter table permit_application add column recruitment_agency_bin varchar(12)
    check (recruitment_agency_bin ~ '^[0-9]{12}$');

-- Termination holds from inspection.events: while one is in force (lifted_at null), the employer may not report the
-- worker's return. Which reports a hold stops is decided in Java (TerminationHold). A lift that arrives before its
-- hold is kept as a row already lifted, so the late hold does not come into force.
create table termination_hold (
    hold_id                uuid primary key,
    case_number            varchar(40),
    employer_bin           varchar(12),
    employer_iin           varchar(12),
    worker_document_number varchar(20),
    permit_number          varchar(32),
    contract_number        varchar(40),
    placed_at              timestamptz,
    lifted_at              timestamptz,
    lift_reason            varchar(40)
);
create index termination_hold_permit on termination_hold (permit_number) where lifted_at is null;
create index termination_hold_worker on termination_hold (upper(worker_document_number)) where lifted_at is null;
