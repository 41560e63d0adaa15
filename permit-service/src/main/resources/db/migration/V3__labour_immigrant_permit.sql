-- Permits issued by the migration police to labour immigrants themselves (household work for individuals):
-- not tied to an employer, 1 to 12 months in total, after the monthly income tax was prepaid.
create sequence labour_immigrant_number_seq start 1 maxvalue 999999 cycle;

create table labour_immigrant_permit (
    id                    uuid primary key,
    version               bigint         not null,
    status                varchar(16)    not null check (status in ('PENDING_QUOTA', 'ISSUED', 'REFUSED', 'EXPIRED')),
    region                varchar(9)     not null,
    occupation_code       varchar(4)     not null,
    worker_full_name      varchar(200)   not null,
    worker_citizenship    varchar(2)     not null,
    worker_passport       varchar(20)    not null,
    worker_passport_expiry date          not null,
    worker_iin            varchar(12),
    months                int            not null check (months between 1 and 12),
    prepaid_tax           numeric(14, 2) not null check (prepaid_tax >= 0),
    tax_reference         varchar(64)    not null unique,
    reservation_id        uuid           not null unique,
    quota_year            int            not null,
    permit_number         varchar(16) unique,
    valid_from            date,
    valid_to              date,
    requested_at          timestamptz    not null,
    refusal_reason        text,
    check (status not in ('ISSUED', 'EXPIRED') or (permit_number is not null and valid_from is not null and valid_to is not null))
);

create index labour_immigrant_permit_valid_to on labour_immigrant_permit (valid_to) where status = 'ISSUED';

-- Every prepaid month, the first and each extension; the sum of months never exceeds 12 (checked in the service
-- under the permit's row lock).
create table labour_immigrant_extension (
    tax_reference   varchar(64) primary key,
    permit_id       uuid           not null references labour_immigrant_permit (id),
    months          int            not null check (months between 1 and 11),
    prepaid_tax     numeric(14, 2) not null,
    new_valid_to    date           not null,
    extended_at     timestamptz    not null
);
