package kz.migration.common.event.contract;

import java.time.Instant;

import kz.migration.common.event.EventPayload;

/** The current head of the hash-chained registry log, published so that other systems can anchor it. */
public record RegistryHeadAnchored(
        long sequence,
        String headHash,
        Instant anchoredAt) implements EventPayload {
}
