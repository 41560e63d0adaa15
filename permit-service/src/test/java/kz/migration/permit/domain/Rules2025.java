package kz.migration.permit.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.domain.PermitCategory;
import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.rules.Dated;

/**
 * The permit rules as DESIGN.md §3 and the configuration state them (terms, renewals, thresholds, fees), built as
 * plain objects for the domain's tests, with the reference data of the build (calendar, MCI, EAEU members).
 */
final class Rules2025 {

    static final String ALMATY = "750000000";
    static final LocalDate RULES_2025 = LocalDate.of(2025, 9, 1);

    static final Map<PermitCategory, CategoryTerms> TERMS = Map.of(
            PermitCategory.CATEGORY_1, new CategoryTerms(List.of(365), 2, 365, Optional.of(1095)),
            PermitCategory.CATEGORY_2, new CategoryTerms(List.of(365), 3, 365, Optional.empty()),
            PermitCategory.CATEGORY_3, new CategoryTerms(List.of(365), 3, 365, Optional.empty()),
            PermitCategory.CATEGORY_4, new CategoryTerms(List.of(365), 0, 365, Optional.empty()),
            PermitCategory.SEASONAL, new CategoryTerms(List.of(90, 180, 270, 365), 0, 365, Optional.empty()),
            PermitCategory.INTRA_CORPORATE_TRANSFER, new CategoryTerms(List.of(365, 730, 1095), 1, 365,
                    Optional.empty()));

    static final Eligibility.Rules ELIGIBILITY_RULES = new Eligibility.Rules(TERMS, 180);

    static final EaeuMemberStates EAEU = EaeuMemberStates.load();
    static final EconomicIndicators INDICATORS = EconomicIndicators.builtIn();
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builtIn();

    static final LocalContent LOCAL_CONTENT = new LocalContent(new LocalContent.Thresholds(70, 90, 50),
            Dated.from(LocalDate.of(2023, 7, 1), SmallBusinessExemption.parse("any")).andFrom(RULES_2025,
                    SmallBusinessExemption.parse("20")));

    static final Eligibility ELIGIBILITY = new Eligibility(ELIGIBILITY_RULES, LOCAL_CONTENT, EAEU);

    static final RenewalPolicy RENEWALS = new RenewalPolicy(ELIGIBILITY_RULES, 60, 30);

    static final PermitDeadlines DEADLINES = new PermitDeadlines(CALENDAR, 6, 10, 1, 3);

    static final StateFee FEES = new StateFee(Dated.from(LocalDate.of(2026, 1, 1), new StateFee.Schedule(
            Map.of(PermitCategory.CATEGORY_1, 100, PermitCategory.CATEGORY_2, 90, PermitCategory.CATEGORY_3, 80,
                    PermitCategory.CATEGORY_4, 60),
            Map.of(90, 12, 180, 24, 270, 36, 365, 48), Map.of())), INDICATORS);

    private Rules2025() {
    }

    /** Citizens by category 1, 2, 3, 4 and ICT, no declared foreigners, the total and small-business flag. */
    static StaffDeclaration staff(int c1, int c2, int c3, int c4, int ict, int total, boolean smallBusiness) {
        return new StaffDeclaration(Map.of(PermitCategory.CATEGORY_1, c1, PermitCategory.CATEGORY_2, c2,
                PermitCategory.CATEGORY_3, c3, PermitCategory.CATEGORY_4, c4, PermitCategory.INTRA_CORPORATE_TRANSFER,
                ict), Map.of(), total, smallBusiness);
    }

    static ForeignStaff foreign(PermitCategory category, int count) {
        return new ForeignStaff(Map.of(category, count));
    }

    /** A passed labour-market test of {@code bin} for occupation 2512 in Almaty at 500,000 tenge. */
    static LabourMarketTest test(String bin, int positions) {
        LabourMarketTest test = new LabourMarketTest();
        test.vacancyId = UUID.randomUUID();
        test.employerBin = bin;
        test.region = ALMATY;
        test.occupationCode = "2512";
        test.positions = positions;
        test.salary = new BigDecimal("500000.00");
        test.active = true;
        return test;
    }

    /** An application under review: category 3, one year from {@code start}, of an Indian worker. */
    static PermitApplication application(String bin, LocalDate receivedOn, LocalDate start) {
        PermitApplication application = new PermitApplication();
        application.id = UUID.randomUUID();
        application.employerBin = bin;
        application.region = ALMATY;
        application.category = PermitCategory.CATEGORY_3;
        application.occupationCode = "2512";
        application.vacancyId = UUID.randomUUID();
        application.termDays = 365;
        application.startDate = start;
        application.salary = new BigDecimal("550000.00");
        application.workerCitizenship = "IN";
        application.workerPassportNumber = "Z1234567";
        application.workerPassportExpiry = start.plusYears(5);
        application.status = PermitStatus.UNDER_REVIEW;
        application.receivedOn = receivedOn;
        return application;
    }

    /** An issued category-3 permit valid from {@code validFrom} for a year. */
    static PermitApplication permit(PermitCategory category, LocalDate validFrom) {
        PermitApplication permit = application("123456789021", validFrom, validFrom);
        permit.category = category;
        permit.status = PermitStatus.ISSUED;
        permit.permitNumber = "WP-" + validFrom.getYear() + "-000001";
        permit.validFrom = validFrom;
        permit.validTo = validFrom.plusDays(364);
        return permit;
    }
}
