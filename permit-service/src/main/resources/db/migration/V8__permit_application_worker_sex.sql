-- The worker's sex as the employer's application states it, for the permit statistics only (PermitIssued.sex); null
-- when not stated. No view reads it.
alter table permit_application add column worker_sex varchar(6)
    constraint permit_application_worker_sex check (worker_sex in ('FEMALE', 'MALE'));
