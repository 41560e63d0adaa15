package kz.migration.permit.domain;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.migration.common.domain.PermitCategory;

/**
 * What the employer declares of its staff in an application (DESIGN.md §3, "headcount of citizens/foreigners by
 * category"): citizens per local-content category, optionally the foreign workers it counts per category, the total
 * staff and whether it is a small business. Foreign workers are counted from the registry's own permits
 * ({@link ForeignStaff}); the declared figures are only checked against them.
 */
public record StaffDeclaration(Map<PermitCategory, Integer> citizens, Map<PermitCategory, Integer> foreigners,
        int totalEmployees, boolean smallBusiness) {

    /** The categories whose staff the employer declares. */
    public static final List<PermitCategory> CATEGORIES = List.of(PermitCategory.CATEGORY_1,
            PermitCategory.CATEGORY_2, PermitCategory.CATEGORY_3, PermitCategory.CATEGORY_4,
            PermitCategory.INTRA_CORPORATE_TRANSFER);

    public StaffDeclaration {
        citizens = copy(citizens);
        foreigners = copy(foreigners);
    }

    private static Map<PermitCategory, Integer> copy(Map<PermitCategory, Integer> counts) {
        Map<PermitCategory, Integer> copy = new EnumMap<>(PermitCategory.class);
        counts.forEach((category, count) -> {
            if (count != null) {
                copy.put(category, count);
            }
        });
        return Map.copyOf(copy);
    }

    public int citizensIn(PermitCategory category) {
        return citizens.getOrDefault(category, 0);
    }

    public int citizensIn(PermitCategory first, PermitCategory second) {
        return citizensIn(first) + citizensIn(second);
    }

    /** The foreign workers the employer declared in {@code category}, if it declared any figure. */
    public Optional<Integer> declaredForeigners(PermitCategory category) {
        return Optional.ofNullable(foreigners.get(category));
    }

    public int citizensTotal() {
        return CATEGORIES.stream().mapToInt(this::citizensIn).sum();
    }
}
