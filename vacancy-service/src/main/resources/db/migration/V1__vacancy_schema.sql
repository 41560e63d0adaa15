-- Vacancy service: first schema. The shared outbox, inbox and idempotency tables come from db/common.
create table vacancy (
    id          uuid primary key,
    employer_bin varchar(12) not null,
    region      varchar(9)  not null,
    occupation_code varchar(4) not null,
    positions   int not null check (positions > 0),
    created_at  timestamptz not null default now()
);
