-- Statistics read-model, fed by the permit events this service already consumes (through the inbox, so once per
-- event). Dimensions are stored as the domain normalised them (PermitStatisticRecord): occupation as its ISCO major
-- group, sex null when not stated. No name, document or employer of the worker is kept.

-- One row per issued permit, in the quota year it was issued for.
create table permit_statistic (
    permit_number    varchar(64)  primary key,
    quota_year       int          not null check (quota_year between 2000 and 2999),
    region           varchar(64)  not null,
    category         varchar(32)  not null,
    occupation_group char(1)      check (occupation_group between '1' and '9'),
    citizenship      varchar(8),
    sex              varchar(6)   check (sex in ('FEMALE', 'MALE')),
    issued_on        date         not null,
    event_id         uuid         not null,
    recorded_at      timestamptz  not null
);
create index permit_statistic_year on permit_statistic (quota_year, issued_on);

-- One row per refusal event, with every ground it named.
create table permit_refusal_statistic (
    event_id       uuid         primary key,
    application_id uuid,
    quota_year     int          not null check (quota_year between 2000 and 2999),
    region         varchar(64),
    category       varchar(32),
    grounds        text[]       not null,
    refused_on     date         not null,
    recorded_at    timestamptz  not null
);
create index permit_refusal_statistic_year on permit_refusal_statistic (quota_year);

-- Units used by day, for the projection's recent pace and the dashboard's months (the ledger is otherwise read by
-- balance).
create index quota_ledger_consumed_at on quota_ledger (occurred_at) where movement = 'CONSUME';
