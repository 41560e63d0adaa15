-- Renewal of an issued permit: applied for inside the window, decided by the region's officer within 3 working
-- days, then a quota unit of the renewal year is reserved (purpose RENEWAL) before the validity is extended.
create table permit_renewal (
    id                uuid primary key,
    version           bigint      not null,
    application_id    uuid        not null references permit_application (id),
    status            varchar(16) not null check (status in ('SUBMITTED', 'APPROVED', 'RENEWED', 'REFUSED',
                                                 'WITHDRAWN')),
    submitted_at      timestamptz not null,
    decision_deadline date        not null,
    new_valid_from    date        not null,
    new_valid_to      date        not null check (new_valid_to >= new_valid_from),
    reservation_id    uuid unique,
    quota_year        int,
    refusal_grounds   text,
    decided_by        varchar(200),
    decided_at        timestamptz
);
-- At most one renewal in progress per permit.
create unique index permit_renewal_open on permit_renewal (application_id) where status in ('SUBMITTED', 'APPROVED');
