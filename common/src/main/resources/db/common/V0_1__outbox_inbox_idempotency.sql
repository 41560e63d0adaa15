-- Shared infrastructure tables; every service applies these from the common jar (flyway location db/common)
-- into its own database, before its own migrations (V1 onwards).

-- Transactional outbox: written in the business transaction, published by OutboxRelay.
create table outbox_event (
    id             bigserial primary key,
    event_id       uuid        not null unique,
    aggregate_type text        not null,
    aggregate_id   text        not null,
    event_type     text        not null,
    topic          text        not null,
    envelope       text        not null,   -- the CloudEvent exactly as published (text keeps the bytes)
    created_at     timestamptz not null default now(),
    published_at   timestamptz
);
create index outbox_event_pending on outbox_event (id) where published_at is null;
create index outbox_event_published on outbox_event (published_at) where published_at is not null;

-- Idempotent consumer: one row per (event, consumer), inserted in the transaction that applies the effect.
create table inbox_event (
    event_id    uuid        not null,
    consumer    text        not null,
    event_type  text        not null,
    received_at timestamptz not null default now(),
    primary key (event_id, consumer)
);

-- Idempotency-Key of creating POSTs: claimed in the business transaction, replayed on retry.
create table idempotency_record (
    scope           text        not null,
    idempotency_key text        not null,
    request_hash    text        not null,
    response        text,
    created_at      timestamptz not null default now(),
    primary key (scope, idempotency_key)
);
