-- Quota service schema. The shared outbox, inbox and idempotency tables come from db/common.
-- Every invariant the service relies on is a constraint here; the Java code never decides a balance by reading
-- it first: each movement is one conditional UPDATE whose WHERE clause is the rule.

-- One row per year, region (KATO) and category: the balance. reserved + used <= allocated always.
create table quota_allocation (
    year               int         not null check (year between 2000 and 2999),
    region             varchar(9)  not null check (region ~ '^[0-9]{9}$'),
    category           varchar(32) not null check (category in
                           ('CATEGORY_1', 'CATEGORY_2', 'CATEGORY_3', 'CATEGORY_4', 'SEASONAL', 'LABOUR_IMMIGRANT')),
    allocated          int         not null check (allocated >= 0),
    reserved           int         not null default 0 check (reserved >= 0),
    used               int         not null default 0 check (used >= 0),
    -- Highest utilisation threshold (percent) already announced; lowered again when utilisation drops below it,
    -- so that each upward crossing is announced exactly once.
    alert_level        int         not null default 0 check (alert_level between 0 and 100),
    -- Bumped by ministry changes only (ETag of the allocation), not by reservations.
    allocation_version int         not null default 0,
    updated_at         timestamptz not null,
    primary key (year, region, category),
    constraint quota_allocation_not_over_issued check (reserved + used <= allocated)
);

-- A ministry decision (plan, reallocation, adjustment): who, when, why. Ledger rows of the decision point here.
create table quota_change (
    change_id      uuid         primary key,
    kind           varchar(16)  not null check (kind in ('PLAN', 'REALLOCATION', 'ADJUSTMENT')),
    year           int          not null,
    reason         varchar(500) not null check (length(trim(reason)) > 0),
    actor          varchar(200) not null,
    actor_role     varchar(32)  not null,
    correlation_id varchar(64),
    created_at     timestamptz  not null
);

-- One row per saga reservation: makes every saga step idempotent per reservationId, even without the inbox.
create table quota_reservation (
    reservation_id uuid        primary key,
    application_id uuid,
    year           int         not null,
    -- As the event carried them: an approval for an unknown region or category is kept (and rejected) too.
    region         text        not null,
    category       text        not null,
    purpose        text,
    citizenship    text,
    status         varchar(16) not null check (status in ('RESERVED', 'CONSUMED', 'RELEASED', 'REJECTED')),
    reason         varchar(64),
    approved_event_id uuid     not null,
    closed_event_id   uuid,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    check ((status = 'REJECTED') = (reason is not null))
);
create index quota_reservation_key on quota_reservation (year, region, category, status);

-- Append-only ledger: one row per movement of one balance. The balance always equals the sum of its rows.
create table quota_ledger (
    id              bigserial    primary key,
    year            int          not null,
    region          varchar(9)   not null,
    category        varchar(32)  not null,
    movement        varchar(16)  not null check (movement in
                        ('ALLOCATION', 'REALLOCATION', 'RESERVE', 'CONSUME', 'RELEASE')),
    allocated_delta int          not null,
    reserved_delta  int          not null,
    used_delta      int          not null,
    -- Exactly one cause: a ministry decision, or the event that moved a reservation.
    change_id       uuid         references quota_change (change_id),
    reservation_id  uuid         references quota_reservation (reservation_id),
    event_id        uuid,
    occurred_at     timestamptz  not null,
    foreign key (year, region, category) references quota_allocation (year, region, category),
    check ((change_id is null) <> (event_id is null)),
    check ((event_id is null) = (reservation_id is null)),
    check (allocated_delta <> 0 or reserved_delta <> 0 or used_delta <> 0)
);
create index quota_ledger_key on quota_ledger (year, region, category, id);
create index quota_ledger_change on quota_ledger (change_id) where change_id is not null;

create function quota_ledger_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'quota_ledger is append-only: % refused', tg_op;
end $$;
create trigger quota_ledger_append_only before update or delete or truncate on quota_ledger
    for each statement execute function quota_ledger_append_only();
