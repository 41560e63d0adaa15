package kz.migration.permit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Dated;
import kz.migration.common.rules.Rule;

/**
 * Local content (DESIGN.md §3, configurable): the share of citizens among categories 1+2 and 3+4, counting the new
 * worker, and the cap on intra-corporate transferees. Foreign workers are the registry's count of the employer's
 * permits ({@link ForeignStaff}), not the employer's word; citizens and the total staff are declared. Seasonal work
 * has no local-content condition.
 */
public final class LocalContent {

    /**
     * The thresholds in percent: the least share of citizens among categories 1+2 and among 3+4, and the most
     * intra-corporate transferees as a share of the Kazakh staff of their category.
     */
    public record Thresholds(int category12MinCitizensPercent, int category34MinCitizensPercent,
            int ictMaxForeignersPercentOfCitizens) {
    }

    private final Thresholds thresholds;
    private final Dated<SmallBusinessExemption> smallBusinessExemption;

    public LocalContent(Thresholds thresholds, Dated<SmallBusinessExemption> smallBusinessExemption) {
        this.thresholds = thresholds;
        this.smallBusinessExemption = smallBusinessExemption;
    }

    /**
     * The breach, if adding a worker of {@code category} to {@code staff} (with the registry's {@code foreign}
     * workers) breaks local content, judged by the rules in force on {@code submittedOn}.
     */
    public Optional<Finding> breach(PermitCategory category, StaffDeclaration staff, ForeignStaff foreign,
            LocalDate submittedOn) {
        if (category == PermitCategory.INTRA_CORPORATE_TRANSFER) {
            return ictCap(staff, foreign);
        }
        if (category == PermitCategory.SEASONAL || exempt(staff, foreign, submittedOn)) {
            return Optional.empty();
        }
        if (category == PermitCategory.CATEGORY_1 || category == PermitCategory.CATEGORY_2) {
            return share("permit.local-content.categories-1-2", "1+2",
                    staff.citizensIn(PermitCategory.CATEGORY_1, PermitCategory.CATEGORY_2),
                    foreign.in(PermitCategory.CATEGORY_1, PermitCategory.CATEGORY_2),
                    thresholds.category12MinCitizensPercent());
        }
        return share("permit.local-content.categories-3-4", "3+4",
                staff.citizensIn(PermitCategory.CATEGORY_3, PermitCategory.CATEGORY_4),
                foreign.in(PermitCategory.CATEGORY_3, PermitCategory.CATEGORY_4),
                thresholds.category34MinCitizensPercent());
    }

    @Rule("permit.local-content.categories-1-2")
    @Rule("permit.local-content.categories-3-4")
    private static Optional<Finding> share(String rule, String categories, int citizens, int foreigners,
            int minimumPercent) {
        int total = citizens + foreigners + 1;
        if (citizens * 100L >= (long) minimumPercent * total) {
            return Optional.empty();
        }
        return Optional.of(Finding.of(rule, PermitRefusalGround.LOCAL_CONTENT_BREACH, "citizens would be "
                + citizens + " of " + total + " in categories " + categories + " (" + (foreigners + 1)
                + " foreign workers counting the new one), below " + minimumPercent + "%"));
    }

    /** Transferees, counting the new one, may be at most the configured share of the Kazakh staff of the category. */
    @Rule("permit.local-content.ict-cap")
    private Optional<Finding> ictCap(StaffDeclaration staff, ForeignStaff foreign) {
        int citizens = staff.citizensIn(PermitCategory.INTRA_CORPORATE_TRANSFER);
        int transferees = foreign.in(PermitCategory.INTRA_CORPORATE_TRANSFER) + 1;
        int maximum = thresholds.ictMaxForeignersPercentOfCitizens();
        if (transferees * 100L <= (long) maximum * citizens) {
            return Optional.empty();
        }
        return Optional.of(Finding.of("permit.local-content.ict-cap", PermitRefusalGround.LOCAL_CONTENT_BREACH,
                "intra-corporate transferees would be " + transferees + ", above " + maximum + "% of the "
                        + citizens + " Kazakh staff of their category"));
    }

    /**
     * A small business is exempt when the exemption in force on {@code submittedOn} covers its declared staff and
     * that staff is consistent with the registry (at least the citizens declared plus the foreign workers counted).
     */
    @Rule("permit.local-content.small-business-exemption")
    public boolean exempt(StaffDeclaration staff, ForeignStaff foreign, LocalDate submittedOn) {
        return staff.smallBusiness() && smallBusinessExemption.at(submittedOn).covers(staff.totalEmployees())
                && staff.totalEmployees() >= staff.citizensTotal() + foreign.total();
    }

    /**
     * The declaration contradicts the registry: fewer foreign workers declared in a category than the employer's
     * permits there, or a total staff below the citizens declared plus the foreign workers counted. A declared figure
     * above the registry's is no contradiction: staff who need no permit (EAEU citizens, permanent residents) are not
     * foreign labour under a permit and are not counted.
     */
    @Rule("permit.local-content.headcount-consistent")
    public List<Finding> inconsistencies(StaffDeclaration staff, ForeignStaff foreign) {
        List<Finding> findings = new ArrayList<>();
        for (PermitCategory category : StaffDeclaration.CATEGORIES) {
            int counted = foreign.in(category);
            staff.declaredForeigners(category).filter(declared -> declared < counted)
                    .ifPresent(declared -> findings.add(Finding.of("permit.local-content.headcount-consistent",
                            PermitRefusalGround.HEADCOUNT_INCONSISTENT, category + ": " + declared
                                    + " foreign workers declared, but the registry holds " + counted
                                    + " permits of this employer in that category (approved, awaiting the fee or "
                                    + "issued)")
                            .with("category", category.name()).with("declaredForeigners", declared)
                            .with("registeredForeigners", counted)));
        }
        int least = staff.citizensTotal() + foreign.total();
        if (staff.totalEmployees() < least) {
            findings.add(Finding.of("permit.local-content.headcount-consistent",
                    PermitRefusalGround.HEADCOUNT_INCONSISTENT, "the declared staff of " + staff.totalEmployees()
                            + " is fewer than the " + staff.citizensTotal() + " citizens declared plus the "
                            + foreign.total() + " foreign workers under this employer's permits (" + least + ")")
                    .with("totalEmployees", staff.totalEmployees()).with("leastTotalEmployees", least));
        }
        return findings;
    }
}
