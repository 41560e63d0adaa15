-- One live application per worker and vacancy: a submission retried without an Idempotency-Key must not take a
-- second position of the vacancy (and later a second quota unit). The service refuses it first
-- (worker-already-applied); the index settles races.
create unique index permit_application_one_live_per_worker on permit_application (vacancy_id, worker_passport_number)
    where status in ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'AWAITING_FEE', 'ISSUED');

-- One live labour-immigrant permit per passport: the 12-month limit is the worker's, so a second request while one
-- is pending or issued would start a second 12 months and take a second quota unit.
create unique index labour_immigrant_permit_one_live_per_passport on labour_immigrant_permit (worker_passport)
    where status in ('PENDING_QUOTA', 'ISSUED');
