package kz.migration.permit.service;

import java.time.Instant;

import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.domain.PermitTransition;

/** One entry of an application's history. */
public record TransitionView(PermitStatus from, PermitStatus to, String actor, String actorRole, Instant at,
        String reason) {

    static TransitionView of(PermitTransition t) {
        return new TransitionView(t.fromStatus, t.toStatus, t.actor, t.actorRole, t.at, t.reason);
    }
}
