package kz.migration.permit.api;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.domain.PermitTransition;

/** One entry of an application's history. */
@Schema(example = """
        {"from": "UNDER_REVIEW", "to": "APPROVED", "actor": "officer-750000000", "actorRole": "officer",
         "at": "2026-12-15T06:20:00Z", "reason": "all checks passed"}""")
public record TransitionView(PermitStatus from, PermitStatus to, String actor, String actorRole, Instant at,
        String reason) {

    public static TransitionView of(PermitTransition t) {
        return new TransitionView(t.fromStatus, t.toStatus, t.actor, t.actorRole, t.at, t.reason);
    }
}
