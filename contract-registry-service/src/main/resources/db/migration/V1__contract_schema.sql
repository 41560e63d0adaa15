-- Contract registry service: first schema. The shared outbox, inbox and idempotency tables come from db/common.
create table labour_contract (
    id             uuid primary key,
    contract_number varchar(32) not null unique,
    permit_number  varchar(32) not null,
    employer_bin   varchar(12),
    region         varchar(9)  not null,
    created_at     timestamptz not null default now()
);
