-- The public rate limit's buckets (common PublicRateLimiter, Bucket4j's PostgreSQL layout): one row per client
-- address and one-minute window, shared by every instance of the service. Repeatable and idempotent, so that
-- databases already migrated past the shared versioned scripts get it without out-of-order versions.
create table if not exists public_rate_limit_bucket (
    id         varchar(96) primary key, -- client address, '@', window number (minutes since the epoch)
    state      bytea,                   -- Bucket4j's serialized bucket
    expires_at bigint                   -- system epoch milliseconds when the window ends; then the sweep deletes it
);

create index if not exists public_rate_limit_bucket_expires_at on public_rate_limit_bucket (expires_at);
