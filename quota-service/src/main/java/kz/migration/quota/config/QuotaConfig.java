package kz.migration.quota.config;

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
}
