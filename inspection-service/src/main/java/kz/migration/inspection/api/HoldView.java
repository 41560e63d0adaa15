package kz.migration.inspection.api;

import java.time.Instant;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.HoldLiftReason;
import kz.migration.inspection.domain.TerminationHold;

/** The termination hold of a case. */
@Schema(description = "The hold on terminating the worker's permit on return while the case is open")
public record HoldView(UUID id, boolean inForce, String permitNumber, String contractNumber, Instant placedAt,
        Instant liftedAt, String liftedBy, HoldLiftReason liftReason, String liftNote) {

    public static HoldView of(TerminationHold h) {
        return h == null
                ? null
                : new HoldView(h.id, h.inForce(), h.permitNumber, h.contractNumber, h.placedAt, h.liftedAt,
                        h.liftedBy, h.liftReason, h.liftNote);
    }
}
