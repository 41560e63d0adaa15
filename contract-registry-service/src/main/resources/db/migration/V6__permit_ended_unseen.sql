-- The end (revocation, expiry, termination) of a permit this read-model has not seen issued, e.g. because its
-- PermitIssued went to the dead-letter topic. Kept so that the PermitIssued, replayed later by hand, does not bring
-- the permit back as ISSUED and let contracts be registered on it.
create table permit_ended_unseen (
    permit_number varchar(32) primary key,
    status        varchar(20) not null check (status in ('REVOKED', 'EXPIRED', 'TERMINATED')),
    ended_at      timestamptz not null
);
