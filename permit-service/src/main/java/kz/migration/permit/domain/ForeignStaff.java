package kz.migration.permit.domain;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.rules.Rule;

/**
 * An employer's foreign workers by category as the registry knows them: its employer permits that are issued, or
 * approved and waiting for the quota unit or the fee (those become permits without another decision, so two
 * applications approved one after the other cannot each pass local content on a count without the other). Citizens
 * of EAEU member states are not foreign labour under a permit (EAEU Treaty art. 97) and are left out.
 */
public record ForeignStaff(Map<PermitCategory, Integer> byCategory) {

    /** The states of an application whose worker counts as the employer's foreign labour. */
    public static final Set<PermitStatus> COUNTED = EnumSet.of(PermitStatus.APPROVED, PermitStatus.AWAITING_FEE,
            PermitStatus.ISSUED);

    /** One permit of the employer: its category and the worker's citizenship. */
    public record HeldPermit(PermitCategory category, String citizenship) {
    }

    public static final ForeignStaff NONE = new ForeignStaff(Map.of());

    public ForeignStaff {
        byCategory = Map.copyOf(byCategory);
    }

    /** Counts the employer's permits in {@link #COUNTED} states, leaving out EAEU citizens on {@code date}. */
    @Rule("permit.local-content.registry-count")
    public static ForeignStaff count(List<HeldPermit> permits, EaeuMemberStates eaeu, LocalDate date) {
        Map<PermitCategory, Integer> counts = new EnumMap<>(PermitCategory.class);
        for (HeldPermit permit : permits) {
            if (!eaeu.isMember(permit.citizenship(), date)) {
                counts.merge(permit.category(), 1, Integer::sum);
            }
        }
        return new ForeignStaff(counts);
    }

    public int in(PermitCategory category) {
        return byCategory.getOrDefault(category, 0);
    }

    public int in(PermitCategory first, PermitCategory second) {
        return in(first) + in(second);
    }

    /** Foreign workers of the categories an employer declares staff for (seasonal workers are in none of them). */
    public int total() {
        return StaffDeclaration.CATEGORIES.stream().mapToInt(this::in).sum();
    }
}
