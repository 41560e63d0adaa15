-- Vacancy service schema. The shared outbox, inbox and idempotency tables come from db/common.
-- Every invariant the code relies on is also a constraint here.

create table vacancy (
    id                          uuid primary key,
    employer_bin                varchar(12)   not null check (employer_bin ~ '^[0-9]{12}$'),
    title                       varchar(200)  not null,
    occupation_code             varchar(4)    not null check (occupation_code ~ '^[1-9][0-9]{3}$'),
    region                      varchar(9)    not null check (region ~ '^[0-9]{9}$'),
    positions                   int           not null check (positions between 1 and 10000),
    open_positions              int           not null,
    hired_count                 int           not null default 0 check (hired_count >= 0),
    filled_count                int           not null default 0 check (filled_count >= 0),
    salary                      numeric(14,2) not null check (salary > 0),
    currency                    char(3)       not null check (currency = 'KZT'),
    education_level             varchar(20)   not null
        check (education_level in ('NONE', 'SECONDARY', 'VOCATIONAL', 'HIGHER', 'POSTGRADUATE')),
    experience_years            int           not null check (experience_years between 0 and 50),
    languages                   text[]        not null default '{}',
    work_schedule               varchar(20)   not null
        check (work_schedule in ('FULL_TIME', 'PART_TIME', 'SHIFT', 'ROTATIONAL')),
    status                      varchar(10)   not null check (status in ('OPEN', 'CLOSED')),
    close_reason                varchar(30)
        check (close_reason in ('WITHDRAWN_BY_EMPLOYER', 'CLOSED_BY_EXCHANGE', 'FILLED')),
    closed_at                   timestamptz,
    posted_at                   timestamptz   not null,
    posted_on                   date          not null,
    search_started_on           date          not null,
    foreign_labour_allowed_from date          not null,
    restart_count               int           not null default 0 check (restart_count >= 0),
    test_passed_at              timestamptz,
    passed_positions            int           check (passed_positions > 0),
    version                     bigint        not null default 0,
    -- every position is open, hired by a citizen, or filled by a registered foreign worker
    constraint vacancy_positions_add_up check (open_positions >= 0
        and open_positions = positions - hired_count - filled_count),
    constraint vacancy_closed_has_reason check ((status = 'CLOSED') = (close_reason is not null)
        and (close_reason is null) = (closed_at is null)),
    constraint vacancy_passed_has_positions check ((test_passed_at is null) = (passed_positions is null)),
    constraint vacancy_search_window check (foreign_labour_allowed_from > search_started_on
        and search_started_on >= posted_on)
);
create index vacancy_by_posted on vacancy (posted_at, id);
create index vacancy_by_employer on vacancy (employer_bin, posted_at, id);
create index vacancy_by_region on vacancy (region, posted_at, id);
-- what the labour-market test job scans
create index vacancy_test_due on vacancy (foreign_labour_allowed_from, id)
    where status = 'OPEN' and test_passed_at is null;

-- Every change of a vacancy, with the reasons a material change restarted the 15-day search.
create table vacancy_change (
    id                          bigserial primary key,
    vacancy_id                  uuid        not null references vacancy (id),
    changed_at                  timestamptz not null,
    changed_by                  text        not null,
    material                    boolean     not null,
    reasons                     text[]      not null,
    search_started_on           date        not null,
    foreign_labour_allowed_from date        not null,
    constraint vacancy_change_material_has_reasons check (material = (cardinality(reasons) > 0))
);
create index vacancy_change_by_vacancy on vacancy_change (vacancy_id, id);

-- Citizens referred by the labour exchange; one referral per citizen and vacancy.
create table referral (
    id                  uuid primary key,
    vacancy_id          uuid         not null references vacancy (id),
    candidate_iin       varchar(12)  not null check (candidate_iin ~ '^[0-9]{12}$'),
    referred_at         timestamptz  not null,
    referred_by         text         not null,
    outcome             varchar(25)
        check (outcome in ('HIRED', 'REJECTED', 'DECLINED_BY_CANDIDATE', 'NO_SHOW')),
    rejection_reason    varchar(40),
    rejection_justified boolean,
    comment             varchar(500),
    outcome_at          timestamptz,
    outcome_by          text,
    version             bigint       not null default 0,
    constraint referral_once_per_candidate unique (vacancy_id, candidate_iin),
    constraint referral_rejection_has_reason check ((outcome = 'REJECTED') = (rejection_reason is not null)
        and (rejection_reason is null) = (rejection_justified is null)),
    constraint referral_outcome_has_time check ((outcome is null) = (outcome_at is null))
);
create index referral_by_vacancy on referral (vacancy_id, referred_at, id);

-- Positions filled by foreign workers: one row per registered contract, so a replayed ContractRegistered
-- (even under a new event id) fills nothing twice.
create table foreign_worker_fill (
    contract_id     uuid        primary key,
    vacancy_id      uuid        not null references vacancy (id),
    contract_number text        not null,
    position_filled boolean     not null,
    registered_at   timestamptz not null
);
