package kz.migration.common.outbox;

import kz.migration.common.web.RequestContext;

/**
 * What caused an event: the request's correlation and client ids and its W3C trace context. Usually the current
 * request's ({@link Outbox#currentOrigin()}); an event written later on another thread (the contract registry's
 * sequencer) carries the origin stored with the change, so it stays traceable to the request that made it.
 */
public record EventOrigin(RequestContext.Ids request, String traceparent) {
}
