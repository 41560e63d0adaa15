-- The day the employer asks the permit to start; the quota year is its year (the permit starts then, or on the day
-- it is paid for if later). Applications registered before it start as they did, on issue.
alter table permit_application add column start_date date;
update permit_application set start_date = received_on where start_date is null;
alter table permit_application alter column start_date set not null;
alter table permit_application add constraint permit_application_start_date check (start_date >= received_on);

-- Only a revocation for a violation bans the employer (RevocationGround), so a revoked permit need not carry a ban
-- date; a ban date still belongs to a revoked permit only.
do $$
declare
    constraint_name text;
begin
    select conname into constraint_name from pg_constraint
     where conrelid = 'permit_application'::regclass and contype = 'c'
       and pg_get_constraintdef(oid) like '%REVOKED%banned_until IS NOT NULL%';
    if constraint_name is not null then
        execute format('alter table permit_application drop constraint %I', constraint_name);
    end if;
end $$;
alter table permit_application add constraint permit_application_ban_on_revocation
    check (banned_until is null or status = 'REVOKED');

-- The employer's foreign workers are counted from its permits (local content).
create index permit_application_employer_status on permit_application (employer_bin, status);
