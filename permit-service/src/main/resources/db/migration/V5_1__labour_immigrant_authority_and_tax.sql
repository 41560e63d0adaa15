-- Labour-immigrant permits: who decides is a dated rule (the migration police until 2026-04-12, the local executive
-- body after the internal affairs bodies agree from 2026-04-13), and the payment gateway, not the body that files the
-- request, confirms the prepaid income tax before the quota unit is reserved.
alter table labour_immigrant_permit drop constraint labour_immigrant_permit_status_check;
alter table labour_immigrant_permit alter column status type varchar(24);
alter table labour_immigrant_permit add constraint labour_immigrant_permit_status_check check (status in
    ('AWAITING_AGREEMENT', 'AWAITING_DECISION', 'AWAITING_TAX', 'PENDING_QUOTA', 'ISSUED', 'REFUSED', 'LAPSED',
     'EXPIRED'));

-- Requests made before this version: filed with the migration police, the tax declared by them.
alter table labour_immigrant_permit
    add column issuing_authority varchar(24),
    add column requested_on      date,
    add column tax_residency     varchar(16) check (tax_residency in ('RESIDENT', 'NON_RESIDENT')),
    add column agreement         varchar(16) check (agreement in ('AGREED', 'NOT_AGREED')),
    add column agreement_reason  text,
    add column agreed_at         timestamptz,
    add column decision          varchar(16) check (decision in ('APPROVED', 'REFUSED')),
    add column decision_reason   text,
    add column decided_by        varchar(200),
    add column decided_at        timestamptz;
update labour_immigrant_permit set issuing_authority = 'MIGRATION_POLICE',
    requested_on = (requested_at at time zone 'Asia/Almaty')::date;
alter table labour_immigrant_permit
    alter column issuing_authority set not null,
    alter column requested_on set not null,
    add constraint labour_immigrant_permit_authority_check
        check (issuing_authority in ('MIGRATION_POLICE', 'LOCAL_EXECUTIVE_BODY')),
    -- The tax is now a labour_immigrant_tax_due row; the reservation and its year come once it is paid.
    alter column prepaid_tax drop not null,
    alter column tax_reference drop not null,
    alter column reservation_id drop not null,
    alter column quota_year drop not null,
    add constraint labour_immigrant_permit_reserved_check
        check (status not in ('PENDING_QUOTA', 'ISSUED', 'EXPIRED') or (reservation_id is not null and quota_year is not null));

-- One live request or permit per passport, now that a request waits for agreement, decision and tax first.
drop index labour_immigrant_permit_one_live_per_passport;
create unique index labour_immigrant_permit_one_live_per_passport on labour_immigrant_permit (worker_passport)
    where status in ('AWAITING_AGREEMENT', 'AWAITING_DECISION', 'AWAITING_TAX', 'PENDING_QUOTA', 'ISSUED');
create index labour_immigrant_permit_requested on labour_immigrant_permit (requested_at, id);

create sequence labour_immigrant_tax_seq start 1;

-- The tax of a permit's first months or of an extension, under the registry's reference, until the payment gateway
-- confirms it (its payment reference makes a retried callback answer the same) or it lapses unpaid.
create table labour_immigrant_tax_due (
    reference         varchar(32)    primary key,
    version           bigint         not null,
    permit_id         uuid           not null references labour_immigrant_permit (id),
    purpose           varchar(16)    not null check (purpose in ('ISSUE', 'EXTENSION')),
    months            int            not null check (months between 1 and 12),
    tax_year          int            not null,
    tax_residency     varchar(16)    not null check (tax_residency in ('RESIDENT', 'NON_RESIDENT')),
    amount            numeric(14, 2) not null check (amount > 0),
    due_date          date           not null,
    status            varchar(16)    not null check (status in ('DUE', 'PAID', 'LAPSED')),
    payment_reference varchar(64) unique,
    paid_at           timestamptz,
    confirmed_at      timestamptz,
    created_at        timestamptz    not null,
    check (status <> 'PAID' or (payment_reference is not null and paid_at is not null and confirmed_at is not null))
);

-- A permit has one open tax at a time: a second request or extension while one is due is refused.
create unique index labour_immigrant_tax_due_one_open on labour_immigrant_tax_due (permit_id) where status = 'DUE';
create index labour_immigrant_tax_due_permit on labour_immigrant_tax_due (permit_id, created_at);
create index labour_immigrant_tax_due_overdue on labour_immigrant_tax_due (due_date) where status = 'DUE';
