package kz.migration.quota.domain;

import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.EventPayload;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitLapsed;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.event.permit.PermitRenewed;
import kz.migration.common.event.permit.PermitWithdrawn;
import kz.migration.common.rules.Rule;

/**
 * The quota side of the permit saga: an approval reserves one unit; an issued or renewed permit consumes its
 * reservation; a lapsed, withdrawn or refused approval releases it. Other permit events (revocation, expiry,
 * termination) leave the unit used: the permit was issued in that year's quota.
 */
public enum ReservationStep {

    RESERVE(ReservationStatus.RESERVED, Movement.RESERVE), CONSUME(ReservationStatus.CONSUMED,
            Movement.CONSUME), RELEASE(ReservationStatus.RELEASED, Movement.RELEASE);

    private final ReservationStatus status;
    private final Movement movement;

    ReservationStep(ReservationStatus status, Movement movement) {
        this.status = status;
        this.movement = movement;
    }

    /** The reservation's state after this step. */
    public ReservationStatus status() {
        return status;
    }

    /** The movement of the balance (and its ledger row) this step makes. */
    public Movement movement() {
        return movement;
    }

    /** A step that closes a reservation, with the cause of a release (the permit event's outcome). */
    public record Closing(ReservationStep step, UUID reservationId, String cause) {
    }

    /**
     * The consume or release a permit event asks for, with its reservation; empty for any other event. (An approval
     * is the reserve step: it carries the whole claim, see {@link #balanceFor}.)
     */
    @Rule("quota.saga.reserve-consume-release")
    public static Optional<Closing> closing(EventPayload event) {
        if (event instanceof PermitIssued issued) {
            return Optional.of(new Closing(CONSUME, issued.reservationId(), null));
        }
        if (event instanceof PermitRenewed renewed) {
            return Optional.of(new Closing(CONSUME, renewed.reservationId(), null));
        }
        if (event instanceof PermitLapsed lapsed) {
            return Optional.of(new Closing(RELEASE, lapsed.reservationId(), "LAPSED"));
        }
        if (event instanceof PermitWithdrawn withdrawn) {
            return Optional.of(new Closing(RELEASE, withdrawn.reservationId(), "WITHDRAWN"));
        }
        if (event instanceof PermitRefused refused) {
            return Optional.of(new Closing(RELEASE, refused.reservationId(), "REFUSED"));
        }
        return Optional.empty();
    }

    /** An approval in a category outside the quota (ICT) reserves nothing and gets no answer from the quota. */
    @Rule("quota.ict-outside-quota")
    public static boolean outsideQuota(PermitApproved approved) {
        return category(approved).filter(c -> !QuotaPlan.isQuotaCategory(c)).isPresent();
    }

    /**
     * The balance an approval draws on. Its year is the one the approval carries: the year the permit's validity
     * starts, which permit-service decides; never the date of the approval or of the reservation. Empty when the
     * category is no quota category name, so that the approval is rejected as having no quota allocated.
     */
    @Rule("quota.year-of-permit-start")
    public static Optional<QuotaKey> balanceFor(PermitApproved approved) {
        return category(approved).filter(QuotaPlan::isQuotaCategory)
                .map(category -> new QuotaKey(approved.year(), approved.region(), category));
    }

    private static Optional<PermitCategory> category(PermitApproved approved) {
        return Arrays.stream(PermitCategory.values()).filter(c -> c.name().equals(approved.category())).findFirst();
    }
}
