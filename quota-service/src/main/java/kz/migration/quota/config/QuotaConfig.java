package kz.migration.quota.config;

import java.time.Duration;
import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "registry.quota")
public interface QuotaConfig {

    /**
     * Utilisation thresholds (percent of allocated that is reserved or used) announced with a
     * {@code QuotaThresholdReached} event once per upward crossing.
     */
    @WithDefault("80,100")
    List<@Min(1) @Max(100) Integer> alertThresholds();

    /** Longest utilisation series one request may ask for, in days. */
    @WithDefault("366")
    @Min(1)
    @Max(3660)
    int maxUtilisationDays();

    /** The public dashboard. */
    Dashboard dashboard();

    interface Dashboard {

        /** How old the dashboard's figures may get before the next request reads them again. */
        @WithDefault("PT5S")
        Duration refresh();

        /** How long browsers and proxies may keep the page and its data (Cache-Control max-age). */
        @WithDefault("PT30S")
        Duration maxAge();

        /** How many years' dashboards are kept ready at once. */
        @WithDefault("12")
        @Min(1)
        @Max(1000)
        int yearsKept();
    }
}
