-- Quota service: first schema. The shared outbox, inbox and idempotency tables come from db/common.
create table quota_allocation (
    year      int         not null,
    region    varchar(9)  not null,
    category  varchar(20) not null,
    allocated int not null check (allocated >= 0),
    reserved  int not null default 0 check (reserved >= 0),
    used      int not null default 0 check (used >= 0),
    primary key (year, region, category),
    check (reserved + used <= allocated)
);
