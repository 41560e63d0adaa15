-- Contracts of private individuals hiring for the household (identified by IIN instead of BIN) and of citizens of
-- EAEU member states, who need no permit; the salary a permit's application declared, which a contract may not
-- undercut. Who may hire whom, and on what terms, is decided in Java (ContractRules); these are the data's shapes.

-- As PermitIssued carries it: no check here, so that no permit event can be refused by the read-model.
alter table permit_view add column salary numeric(14, 2);

alter table labour_contract alter column employer_bin drop not null;
alter table labour_contract add column employer_iin varchar(12) check (employer_iin ~ '^[0-9]{12}$');
alter table labour_contract add constraint labour_contract_one_employer
    check (num_nonnulls(employer_bin, employer_iin) = 1);
create index labour_contract_employer_iin on labour_contract (employer_iin, registered_at, id)
    where employer_iin is not null;

-- No permit: no permit kind either (and a permit always has its kind).
alter table labour_contract alter column permit_number drop not null;
alter table labour_contract alter column permit_kind drop not null;
alter table labour_contract add constraint labour_contract_permit_kind_with_permit
    check ((permit_number is null) = (permit_kind is null));
