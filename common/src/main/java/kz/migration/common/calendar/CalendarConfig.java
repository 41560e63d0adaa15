package kz.migration.common.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.calendar")
public interface CalendarConfig {

    /** Fewer days of holiday data than this left: a warning at start-up, in health details and in the metric. */
    @WithDefault("90")
    int warnDaysRemaining();

    /**
     * Fewer days than this before the end of the last year with an MCI and a minimum wage: the same warning. The
     * budget law sets next year's amounts in December, so the default gives it until then.
     */
    @WithDefault("30")
    int indicatorsWarnDaysRemaining();
}
