package kz.migration.common.time;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.clock")
public interface ClockConfig {

    /** Time zone of dates in this system (deadlines, validity). Kazakhstan uses UTC+5 nationwide since 2024. */
    @WithDefault("Asia/Almaty")
    ZoneId zone();

    /** Whether the dev-only clock endpoint may shift time. Only the dev, test and local profiles set it. */
    @WithDefault("false")
    boolean adjustable();
}
