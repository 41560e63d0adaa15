package kz.migration.common.reference;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The reference data as beans, read once per service from the build and {@code registry.reference.dir}. */
public class ReferenceData {

    @Produces
    @Singleton
    EconomicIndicators economicIndicators() {
        return EconomicIndicators.load();
    }

    @Produces
    @Singleton
    EaeuMemberStates eaeuMemberStates() {
        return EaeuMemberStates.load();
    }
}
