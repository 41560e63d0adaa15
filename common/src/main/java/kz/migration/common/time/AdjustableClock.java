package kz.migration.common.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The system clock plus an offset that the local stack and tests may shift, so that a 15-day wait or a permit
 * expiry can be shown in seconds. Shifting is refused unless {@code registry.clock.adjustable=true}, which only the
 * dev, test and local profiles set.
 */
public final class AdjustableClock extends Clock {

    private final Clock base;
    private final ZoneId zone;
    private final boolean adjustable;
    private final AtomicReference<Duration> offset;

    AdjustableClock(Clock base, ZoneId zone, boolean adjustable, AtomicReference<Duration> offset) {
        this.base = base;
        this.zone = zone;
        this.adjustable = adjustable;
        this.offset = offset;
    }

    public static AdjustableClock of(Clock base, ZoneId zone, boolean adjustable) {
        return new AdjustableClock(base, zone, adjustable, new AtomicReference<>(Duration.ZERO));
    }

    public boolean isAdjustable() {
        return adjustable;
    }

    public Duration offset() {
        return offset.get();
    }

    /** Moves time forward (or back) by {@code delta}; returns the new offset from the real clock. */
    public Duration advance(Duration delta) {
        requireAdjustable();
        return offset.accumulateAndGet(delta, Duration::plus);
    }

    public void reset() {
        requireAdjustable();
        offset.set(Duration.ZERO);
    }

    private void requireAdjustable() {
        if (!adjustable) {
            throw new IllegalStateException("The clock is not adjustable in this profile");
        }
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    @Override
    public Clock withZone(ZoneId newZone) {
        return new AdjustableClock(base, newZone, adjustable, offset);
    }

    @Override
    public Instant instant() {
        return base.instant().plus(offset.get());
    }
}
