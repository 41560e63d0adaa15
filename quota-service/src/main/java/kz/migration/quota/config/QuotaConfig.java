package kz.migration.quota.config;

import java.time.Duration;
import java.util.List;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import kz.migration.common.config.SettingChecks;

/** Settings of the quota service; their bounds are in {@link #check()}, which the start-up runs. */
@ConfigMapping(prefix = "registry.quota")
public interface QuotaConfig {

    /**
     * Utilisation thresholds (percent of allocated that is reserved or used) announced with a
     * {@code QuotaThresholdReached} event once per upward crossing.
     */
    @WithDefault("80,100")
    List<Integer> alertThresholds();

    /** Longest utilisation series one request may ask for, in days. */
    @WithDefault("366")
    int maxUtilisationDays();

    /** The public dashboard. */
    Dashboard dashboard();

    /** Every value out of bounds, named; {@link SettingChecks#orStop()} stops the start-up on any. */
    default SettingChecks check() {
        SettingChecks checks = new SettingChecks();
        alertThresholds().forEach(percent -> checks.between("registry.quota.alert-thresholds", percent, 1, 100));
        checks.between("registry.quota.max-utilisation-days", maxUtilisationDays(), 1, 3660);
        checks.between("registry.quota.dashboard.years-kept", dashboard().yearsKept(), 1, 1000);
        return checks;
    }

    interface Dashboard {

        /** How old the dashboard's figures may get before the next request reads them again. */
        @WithDefault("PT5S")
        Duration refresh();

        /** How long browsers and proxies may keep the page and its data (Cache-Control max-age). */
        @WithDefault("PT30S")
        Duration maxAge();

        /** How many years' dashboards are kept ready at once. */
        @WithDefault("12")
        int yearsKept();
    }
}
