-- Effects of the probe consumer: one row per applied event, so a doubled effect is visible.
create sequence probe_effect_seq increment by 50;
create table probe_effect (
    id            bigint primary key,
    vacancy_id    uuid not null,
    sequence      int  not null,
    event_id      uuid not null,
    trace_id      text            -- the trace the consumer worked in (EventTracing)
);
