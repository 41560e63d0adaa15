-- Permit service: first schema. The shared outbox, inbox and idempotency tables come from db/common.
create table permit_application (
    id           uuid primary key,
    employer_bin varchar(12) not null,
    region       varchar(9)  not null,
    category     varchar(16) not null,
    status       varchar(32) not null,
    created_at   timestamptz not null default now()
);
