package kz.migration.common.time;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** Every service takes time from the injected {@link Clock}; never from {@code Instant.now()}. */
@Singleton
public class ClockProducer {

    private final AdjustableClock clock;

    ClockProducer(ClockConfig config) {
        this.clock = AdjustableClock.of(Clock.systemUTC(), config.zone(), config.adjustable());
    }

    @Produces
    @Singleton
    @jakarta.enterprise.inject.Typed(AdjustableClock.class)
    AdjustableClock adjustableClock() {
        return clock;
    }

    @Produces
    @Singleton
    @jakarta.enterprise.inject.Typed(Clock.class)
    Clock clock() {
        return clock;
    }
}
