-- The worker's sex as the request states it, for the permit statistics only (PermitIssued.sex); null when not stated.
alter table labour_immigrant_permit add column worker_sex varchar(6)
    constraint labour_immigrant_permit_worker_sex check (worker_sex in ('FEMALE', 'MALE'));
