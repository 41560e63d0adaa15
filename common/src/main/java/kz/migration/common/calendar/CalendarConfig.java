package kz.migration.common.calendar;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.calendar")
public interface CalendarConfig {

    /** Fewer days of holiday data than this left: a warning at start-up, in health details and in the metric. */
    @WithDefault("90")
    int warnDaysRemaining();
}
