-- The 15 days of the domestic search are full calendar days: a vacancy posted on day D passes on D+16, not D+15.
-- Searches still running move their end one day on (the version too, so that held ETags are stale).
update vacancy
set foreign_labour_allowed_from = foreign_labour_allowed_from + 1, version = version + 1
where test_passed_at is null;

-- A referral's outcome is due by outcome_due_on (vacancy.referrals.outcome-days after the referral day, as in force
-- then). Referrals made before this version get the default of 7 days, counted from their day in Kazakhstan.
alter table referral add column outcome_due_on date;
update referral set outcome_due_on = (referred_at at time zone 'Asia/Almaty')::date + 7;
alter table referral alter column outcome_due_on set not null;

-- The day an undecided referral was found past its deadline and the employer flagged; it stays after a late outcome.
alter table referral add column outcome_overdue_on date;
alter table referral add constraint referral_overdue_after_due
    check (outcome_overdue_on is null or outcome_overdue_on > outcome_due_on);

-- What the labour-market test job scans for overdue outcomes.
create index referral_outcome_due on referral (outcome_due_on, vacancy_id)
    where outcome is null and outcome_overdue_on is null;
