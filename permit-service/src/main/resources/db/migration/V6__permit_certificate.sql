-- Permit certificates issued: one row per permit, signing key and set of signed facts. A certificate
-- asked for again with the same facts under the same key is the same certificate (the issue time of the first
-- one), so it renders to the same bytes; a renewal or a new key makes a new one. The rows also tell until when a
-- retired key must stay published: while a certificate it signed is within its validity (valid_to).
create table permit_certificate (
    permit_number varchar(16) not null,
    kind          varchar(16) not null check (kind in ('EMPLOYER', 'LABOUR_IMMIGRANT')),
    key_id        varchar(64) not null,
    facts_digest  char(64)    not null check (facts_digest ~ '^[0-9a-f]{64}$'),
    valid_to      date        not null,
    issued_at     timestamptz not null check (issued_at = date_trunc('second', issued_at)),
    primary key (permit_number, key_id, facts_digest)
);

create index permit_certificate_key_validity on permit_certificate (key_id, valid_to);
