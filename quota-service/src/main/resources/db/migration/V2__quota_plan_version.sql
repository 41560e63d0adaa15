-- A year's quota plan as one versioned aggregate. Its version is the plan's ETag: every ministry decision on the
-- year (plan, revision, reallocation, adjustment) advances it with a conditional update, so a change sent with a
-- stale If-Match finds no row and changes nothing. Every such decision locks this row first, so the ministry's
-- decisions on one year queue in one order and cannot deadlock over the balances (reservations never take it).
create table quota_plan (
    year       int         primary key check (year between 2000 and 2999),
    version    int         not null check (version >= 1),
    updated_at timestamptz not null
);

-- Years planned before plans were versioned start at version 1.
insert into quota_plan (year, version, updated_at)
select year, 1, max(updated_at) from quota_allocation group by year;

-- The plan version each decision produced (null for decisions made before plans were versioned).
alter table quota_change add column plan_version int check (plan_version >= 1);
