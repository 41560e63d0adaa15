-- Permit service schema. The shared outbox, inbox and idempotency tables come from db/common.

-- Read-model of vacancy.LabourMarketTestPassed: the positions an employer may fill with foreign labour.
create table labour_market_test (
    vacancy_id      uuid primary key,
    employer_bin    varchar(12)    not null,
    region          varchar(9)     not null,
    occupation_code varchar(4)     not null,
    positions       int            not null check (positions >= 0),
    salary          numeric(14, 2) not null check (salary >= 0),
    passed_at       timestamptz    not null,
    -- false once the vacancy closed or a material change restarted the 15-day search
    active          boolean        not null
);

create sequence permit_number_seq start 1 maxvalue 999999 cycle;

-- One application; once issued it is also the permit (the permit number stays on the same row).
create table permit_application (
    id                       uuid primary key,
    version                  bigint         not null,
    employer_bin             varchar(12)    not null,
    region                   varchar(9)     not null,
    category                 varchar(32)    not null check (category in ('CATEGORY_1', 'CATEGORY_2', 'CATEGORY_3',
                                                   'CATEGORY_4', 'SEASONAL', 'INTRA_CORPORATE_TRANSFER')),
    occupation_code          varchar(4)     not null,
    vacancy_id               uuid           not null,
    term_days                int            not null check (term_days between 1 and 1100),
    salary                   numeric(14, 2) not null check (salary > 0),
    worker_full_name         varchar(200)   not null,
    worker_citizenship       varchar(2)     not null,
    worker_passport_number   varchar(20)    not null,
    worker_passport_expiry   date           not null,
    education_document_id    varchar(64)    not null,
    education_country        varchar(2)     not null,
    legalisation_reference   varchar(64)    not null,
    headcount                text           not null,
    total_employees          int            not null check (total_employees >= 0),
    small_business           boolean        not null,
    status                   varchar(16)    not null check (status in ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED',
                                                   'AWAITING_FEE', 'ISSUED', 'REFUSED', 'WITHDRAWN', 'LAPSED',
                                                   'EXPIRED', 'REVOKED', 'TERMINATED')),
    submitted_at             timestamptz    not null,
    received_on              date           not null,
    review_deadline          date           not null check (review_deadline > received_on),
    refusal_grounds          text,
    reservation_id           uuid unique,
    quota_year               int,
    fee_amount               numeric(14, 2),
    fee_due                  date,
    permit_number            varchar(16) unique,
    valid_from               date,
    valid_to                 date,
    renewal_count            int            not null default 0 check (renewal_count >= 0),
    revocation_ground        varchar(32),
    banned_until             date,
    expiry_reminded          boolean        not null default false,
    check (valid_to is null or valid_to >= valid_from),
    check (status not in ('ISSUED', 'EXPIRED', 'REVOKED', 'TERMINATED')
           or (permit_number is not null and valid_from is not null and valid_to is not null)),
    check (status <> 'AWAITING_FEE' or fee_due is not null),
    check (status <> 'REVOKED' or banned_until is not null)
);
create index permit_application_queue on permit_application (region, review_deadline, id);
create index permit_application_employer on permit_application (employer_bin, review_deadline, id);
create index permit_application_vacancy on permit_application (vacancy_id);
create index permit_application_fee_due on permit_application (fee_due) where status = 'AWAITING_FEE';
create index permit_application_valid_to on permit_application (valid_to) where status = 'ISSUED';
create index permit_application_ban on permit_application (employer_bin, banned_until) where status = 'REVOKED';

-- Every transition of an application: who, in which role, when and why.
create table permit_transition (
    id             bigserial primary key,
    application_id uuid        not null references permit_application (id),
    from_status    varchar(16),
    to_status      varchar(16) not null,
    actor          varchar(200) not null,
    actor_role     varchar(32) not null,
    at             timestamptz not null,
    reason         text
);
create index permit_transition_application on permit_transition (application_id, id);

-- The MFA check of the worker's education document: one per application.
create table document_verification (
    id             uuid primary key,
    application_id uuid        not null unique references permit_application (id),
    status         varchar(16) not null check (status in ('PENDING', 'CONFIRMED', 'REJECTED')),
    reason         varchar(500),
    requested_at   timestamptz not null,
    answered_at    timestamptz,
    answered_by    varchar(200),
    check ((status = 'PENDING') = (answered_at is null)),
    check (status <> 'REJECTED' or reason is not null)
);
create index document_verification_pending on document_verification (requested_at, id) where status = 'PENDING';

-- Fee payments confirmed by the payment gateway; the reference makes the callback idempotent.
create table fee_payment (
    payment_reference varchar(64) primary key,
    application_id    uuid           not null unique references permit_application (id),
    amount            numeric(14, 2) not null check (amount >= 0),
    paid_at           timestamptz    not null,
    received_at       timestamptz    not null
);
