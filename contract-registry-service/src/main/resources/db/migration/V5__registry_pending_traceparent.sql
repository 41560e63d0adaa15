-- A contract event is written by the registry sequencer, on its own thread, after the request that caused it has
-- ended. Like the correlation and client ids, the request's W3C trace context (traceparent, 55 characters) is kept
-- with the pending entry so the event continues the request's trace.
alter table registry_pending add column traceparent varchar(55);

-- The function now returns traceparent too; a function's result columns cannot change in place. From here on its
-- one home is the repeatable migration R__registry_chain_pending.sql (Flyway runs it after the versioned ones and
-- again whenever it changes), rather than a restatement in each versioned migration as in V3 and V4.
drop function registry_chain_pending(integer);
