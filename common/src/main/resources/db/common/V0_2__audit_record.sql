-- Audit trail: who did what to which record, when, from which client, with what outcome. Successful changes are
-- written in the transaction of the change; refused and denied attempts in their own transaction. Append-only.
create table audit_record (
    id             bigserial   primary key,
    occurred_at    timestamptz not null,
    subject        text        not null,
    role           text        not null,
    caller_bin     text,
    caller_region  text,
    action         text        not null check (action ~ '^[a-z0-9-]+(\.[a-z0-9-]+)+$'),
    resource_type  text        not null,
    resource_id    text,
    outcome        text        not null
        check (outcome in ('SUCCESS', 'READ', 'INVALID', 'NOT_FOUND', 'DENIED', 'REFUSED', 'FAILED')),
    status         integer,
    client_id      text,
    correlation_id text
);
-- The auditor's filters; every list is newest first (id desc).
create index audit_record_subject on audit_record (subject, id);
create index audit_record_action on audit_record (action, id);
create index audit_record_resource on audit_record (resource_id, id);
create index audit_record_correlation on audit_record (correlation_id);
create index audit_record_occurred on audit_record (occurred_at);
create index audit_record_refusals on audit_record (outcome, id) where outcome <> 'SUCCESS' and outcome <> 'READ';

create function audit_record_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_record is append-only: % refused', tg_op using errcode = 'insufficient_privilege';
end
$$;
create trigger audit_record_no_update_or_delete before update or delete on audit_record
    for each row execute function audit_record_append_only();
create trigger audit_record_no_truncate before truncate on audit_record
    for each statement execute function audit_record_append_only();
