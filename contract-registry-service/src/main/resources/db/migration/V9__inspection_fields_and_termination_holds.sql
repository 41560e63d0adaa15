-- The employer's name and the recruiting agency, as the employer registers them (both optional, carried into
-- ContractRegistered for the labour inspectorate and the worker's own view).
alter table labour_contract add column employer_name varchar(300);
alter table labour_contract add column recruitment_agency_bin varchar(12)
    check (recruitment_agency_bin ~ '^[0-9]{12}$');

-- Termination holds from inspection.events: while one is in force (lifted_at null), the employer may not end the
-- worker's contract at its own initiative. Which terminations a hold stops is decided in Java (TerminationHoldView).
-- A lift that arrives before its hold is kept as a row already lifted, so the late hold does not come into force.
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
create index termination_hold_contract on termination_hold (contract_number) where lifted_at is null;
create index termination_hold_permit on termination_hold (permit_number) where lifted_at is null;
create index termination_hold_worker on termination_hold (worker_document_number) where lifted_at is null;
