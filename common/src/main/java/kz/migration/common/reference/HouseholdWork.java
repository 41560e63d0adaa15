package kz.migration.common.reference;

import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Household work for private individuals, the only work a labour-immigrant permit allows (seed 000: "hired without
 * work permit only as domestic workers"; DESIGN §3). The occupations are configured ISCO-08 codes; the default is the
 * household rows of {@code reference/occupations-sample.csv} (category_hint labour_immigrant).
 */
@ConfigMapping(prefix = "registry.household-work")
public interface HouseholdWork {

    /** ISCO-08 unit groups of household work: domestic housekeepers, child care workers, domestic cleaners. */
    @WithDefault("5152,5311,9111")
    Set<String> occupations();
}
