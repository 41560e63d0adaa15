package kz.migration.quota.domain;

import java.util.Set;

import kz.migration.common.rules.Rule;

/**
 * The saga state of one reservation. The only moves are RESERVED → CONSUMED (permit issued or renewed) and
 * RESERVED → RELEASED (lapse, withdrawal, refusal); REJECTED, CONSUMED and RELEASED are final. The repository
 * applies a move with {@code where status = <from>}, so a repeated or late step changes nothing.
 */
public enum ReservationStatus {

    RESERVED, CONSUMED, RELEASED, REJECTED;

    /** The states a reservation may be in for a move to {@code this}. */
    @Rule("quota.saga.closed-reservation-unchanged")
    public Set<ReservationStatus> from() {
        return switch (this) {
            case CONSUMED, RELEASED -> Set.of(RESERVED);
            case RESERVED, REJECTED -> Set.of();
        };
    }
}
