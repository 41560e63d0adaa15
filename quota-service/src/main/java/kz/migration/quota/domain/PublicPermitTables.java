package kz.migration.quota.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Rule;
import kz.migration.common.statistics.CellStatus;
import kz.migration.common.statistics.CountTable;
import kz.migration.common.statistics.MonthEndPublication;
import kz.migration.common.statistics.PublishedFigure;
import kz.migration.common.statistics.SmallCellSuppression;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.common.statistics.TableChain;

/**
 * The permit statistics the public sees: three tables of the same permits, linked in a chain (category ×
 * citizenship, citizenship × sex, sex × occupation group, each table's columns the next one's rows), as of the end
 * of the last full month, with small cells suppressed over the three at once; and refusals by ground.
 */
public final class PublicPermitTables {

    /** Citizenships listed by name at most; the rest are pooled. */
    public static final int TOP_CITIZENSHIPS = 15;
    /** The pooled label of citizenships with fewer than the threshold of permits, or beyond the top. */
    public static final String OTHER = "OTHER";
    public static final List<String> SEXES = List.of("FEMALE", "MALE", PermitStatisticRecord.NOT_STATED);
    public static final List<String> OCCUPATION_GROUPS = List.of("1", "2", "3", "4", "5", "6", "7", "8", "9",
            PermitStatisticRecord.NOT_STATED);
    /** The refusal grounds DESIGN §3 names; any other ground is counted under OTHER. */
    public static final List<String> GROUNDS = List.of("NO_LABOUR_MARKET_TEST", "QUOTA_EXHAUSTED",
            "LOCAL_CONTENT_BREACH", "MFA_DOCUMENT_REJECTED", "QUALIFICATION_MISMATCH", "EMPLOYER_BANNED");

    /** Permits of one combination of the public dimensions. */
    public record PermitCount(String category, String citizenship, String sex, String occupationGroup, long permits) {
    }

    /** A refusal ground as published. */
    public record GroundFigure(String ground, PublishedFigure refusals) {
    }

    private PublicPermitTables() {
    }

    /**
     * The last day the public figures of {@code year} count: the end of the last full month before {@code today}, or
     * the year's last day once it is over; empty while the year has no full month behind it. Published figures then
     * change once a month, not with each permit, so two visits a day apart cannot tell one person's permit.
     */
    @Rule("quota.statistics.public-month-end")
    public static Optional<LocalDate> asOf(int year, LocalDate today) {
        return MonthEndPublication.lastDayCounted(year, today);
    }

    /**
     * The three linked tables. Citizenships with at least 5 permits are listed by name, most permits first, at most
     * {@value #TOP_CITIZENSHIPS}; the others are pooled as OTHER, which is always there, so that a listed name never
     * tells of fewer than 5 permits.
     */
    @Rule("quota.statistics.public-tables")
    public static TableChain chain(List<PermitCount> counts) {
        Map<String, Long> byCitizenship = new HashMap<>();
        counts.forEach(c -> byCitizenship.merge(c.citizenship(), c.permits(), Long::sum));
        List<String> citizenships = new ArrayList<>(byCitizenship.entrySet().stream()
                .filter(e -> e.getValue() >= SmallCellSuppression.THRESHOLD && !e.getKey().equals(OTHER))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TOP_CITIZENSHIPS).map(Map.Entry::getKey).toList());
        citizenships.add(OTHER);
        List<String> categories = java.util.Arrays.stream(PermitCategory.values()).map(Enum::name).toList();
        long[][] categoryByCitizenship = new long[categories.size()][citizenships.size()];
        long[][] citizenshipBySex = new long[citizenships.size()][SEXES.size()];
        long[][] sexByOccupation = new long[SEXES.size()][OCCUPATION_GROUPS.size()];
        for (PermitCount count : counts) {
            int category = categories.indexOf(count.category());
            if (category < 0) {
                continue;
            }
            int citizenship = citizenships.indexOf(count.citizenship());
            int k = citizenship < 0 ? citizenships.size() - 1 : citizenship;
            int sex = SEXES.indexOf(count.sex());
            int occupation = OCCUPATION_GROUPS.indexOf(count.occupationGroup());
            categoryByCitizenship[category][k] += count.permits();
            citizenshipBySex[k][sex] += count.permits();
            sexByOccupation[sex][occupation] += count.permits();
        }
        return TableChain.of(
                new CountTable("permitsByCategoryAndCitizenship", "category", categories, "citizenship", citizenships,
                        categoryByCitizenship),
                new CountTable("permitsByCitizenshipAndSex", "citizenship", citizenships, "sex", SEXES,
                        citizenshipBySex),
                new CountTable("permitsBySexAndOccupationGroup", "sex", SEXES, "occupationGroup", OCCUPATION_GROUPS,
                        sexByOccupation));
    }

    /** The tables as published: every count under 5 shown as "&lt;5", and enough others hidden that none is recoverable. */
    @Rule("quota.statistics.small-cell-suppression")
    @Rule("quota.statistics.complementary-suppression")
    public static SuppressedChain publish(List<PermitCount> counts) {
        return new SmallCellSuppression().apply(chain(counts));
    }

    /**
     * Refusals by ground as published. A refusal may name several grounds, so the grounds do not add up to a total
     * and none is published: each ground stands alone, and a count under 5 is shown as "&lt;5".
     */
    @Rule("quota.statistics.small-cell-suppression")
    public static List<GroundFigure> refusals(Map<String, Long> byGround) {
        Map<String, Long> counts = new LinkedHashMap<>();
        GROUNDS.forEach(g -> counts.put(g, 0L));
        counts.put(OTHER, 0L);
        byGround.forEach((ground, n) -> counts.merge(GROUNDS.contains(ground) ? ground : OTHER, n, Long::sum));
        return counts.entrySet().stream().map(e -> new GroundFigure(e.getKey(),
                e.getValue() < SmallCellSuppression.THRESHOLD
                        ? new PublishedFigure(CellStatus.SMALL, null)
                        : new PublishedFigure(CellStatus.SHOWN, e.getValue())))
                .sorted(Comparator.comparingInt(g -> order(g.ground()))).toList();
    }

    private static int order(String ground) {
        int i = GROUNDS.indexOf(ground);
        return i < 0 ? GROUNDS.size() : i;
    }
}
