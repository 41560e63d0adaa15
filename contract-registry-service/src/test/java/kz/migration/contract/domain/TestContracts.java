package kz.migration.contract.domain;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import kz.migration.common.calendar.WorkingDayCalendar;
import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.reference.EconomicIndicators;
import kz.migration.common.rules.Dated;

/** Contracts, permits and rules for the plain tests: the values a valid registration has, to vary one at a time. */
final class TestContracts {

    static final String COMPANY_BIN = "990340000017";
    static final String INDIVIDUAL_IIN = "880101300123";
    static final ContractEmployer COMPANY = ContractEmployer.company(COMPANY_BIN);
    static final ContractEmployer INDIVIDUAL = ContractEmployer.individual(INDIVIDUAL_IIN);
    static final String ALMATY = "750000000";
    static final String ASTANA = "710000000";
    static final String DEVELOPER = "2512";
    static final String HOUSEKEEPER = "5152";
    static final String PASSPORT = "FA1234567";
    static final LocalDate SIGNED = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 4);
    static final LocalDate PERMIT_FROM = LocalDate.of(2026, 3, 1);
    static final LocalDate PERMIT_TO = LocalDate.of(2027, 2, 28);

    static final EconomicIndicators INDICATORS = EconomicIndicators.parse(csv("""
            year,indicator,value_kzt,note
            2025,minimum_monthly_wage,85000,
            2026,minimum_monthly_wage,85000,
            2027,minimum_monthly_wage,90000,
            """));
    static final EaeuMemberStates EAEU = EaeuMemberStates.load();
    static final WorkingDayCalendar CALENDAR = WorkingDayCalendar.builtIn();
    static final Set<String> HOUSEHOLD = Set.of("5152", "5311", "9111");

    private TestContracts() {
    }

    static ByteArrayInputStream csv(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    static LabourImmigrantScope householdScope() {
        return new LabourImmigrantScope(
                Dated.ofIsoKeys(Map.of("2025-01-27", LabourImmigrantScope.Employers.INDIVIDUALS)),
                Dated.ofIsoKeys(Map.of("2025-01-27", LabourImmigrantScope.Occupations.HOUSEHOLD)), HOUSEHOLD);
    }

    static ContractRules rules() {
        return new ContractRules(new WorkAuthorisation(EAEU), householdScope(), new PayAndHours(INDICATORS),
                new FilingDeadlines(CALENDAR, 5, 15));
    }

    /** A developer from Uzbekistan on employer permit WP-2026-000123, in Almaty, for 650,000 tenge, 40 hours. */
    static ContractTerms terms() {
        return new ContractTerms(new ForeignWorker("Alisher Karimov", PASSPORT, "UZ", null), "WP-2026-000123",
                "Software developer", DEVELOPER, ALMATY, LocalDate.of(2026, 3, 9), LocalDate.of(2027, 2, 28),
                new BigDecimal("650000.00"), "KZT", 40, SIGNED);
    }

    static ContractTerms withWorker(ContractTerms t, String citizenship, String permitNumber) {
        return new ContractTerms(new ForeignWorker(t.worker().fullName(), t.worker().passportNumber(), citizenship,
                t.worker().iin()), permitNumber, t.position(), t.occupationCode(), t.region(), t.startDate(),
                t.endDate(), t.salary(), t.currency(), t.weeklyHours(), t.signedOn());
    }

    static ContractTerms withPay(ContractTerms t, String salary, String currency, int weeklyHours) {
        return new ContractTerms(t.worker(), t.permitNumber(), t.position(), t.occupationCode(), t.region(),
                t.startDate(), t.endDate(), new BigDecimal(salary), currency, weeklyHours, t.signedOn());
    }

    static ContractTerms withPlace(ContractTerms t, String region, String occupationCode) {
        return new ContractTerms(t.worker(), t.permitNumber(), t.position(), occupationCode, region, t.startDate(),
                t.endDate(), t.salary(), t.currency(), t.weeklyHours(), t.signedOn());
    }

    static ContractTerms withDates(ContractTerms t, LocalDate start, LocalDate end, LocalDate signedOn) {
        return new ContractTerms(t.worker(), t.permitNumber(), t.position(), t.occupationCode(), t.region(), start,
                end, t.salary(), t.currency(), t.weeklyHours(), signedOn);
    }

    /** The issued employer permit the terms fit, whose application declared 650,000 tenge. */
    static PermitView employerPermit() {
        PermitView p = new PermitView();
        p.permitNumber = "WP-2026-000123";
        p.kind = PermitKind.EMPLOYER;
        p.status = PermitStatus.ISSUED;
        p.employerBin = COMPANY_BIN;
        p.region = ALMATY;
        p.category = "CATEGORY_3";
        p.occupationCode = DEVELOPER;
        p.citizenship = "UZ";
        p.workerDocumentNumber = PASSPORT;
        p.vacancyId = UUID.randomUUID();
        p.validFrom = PERMIT_FROM;
        p.validTo = PERMIT_TO;
        p.salary = new BigDecimal("650000.00");
        p.updatedAt = Instant.parse("2026-03-01T05:00:00Z");
        return p;
    }

    /** A labour immigrant's own permit LI-2026-000077: no employer, occupation or salary. */
    static PermitView labourImmigrantPermit() {
        PermitView p = employerPermit();
        p.permitNumber = "LI-2026-000077";
        p.kind = PermitKind.LABOUR_IMMIGRANT;
        p.employerBin = null;
        p.category = "LABOUR_IMMIGRANT";
        p.occupationCode = null;
        p.vacancyId = null;
        p.salary = null;
        return p;
    }

    /** Household terms on the labour-immigrant permit: a housekeeper for 180,000 tenge. */
    static ContractTerms householdTerms() {
        ContractTerms t = withPay(withPlace(terms(), ALMATY, HOUSEKEEPER), "180000.00", "KZT", 40);
        return withWorker(t, "UZ", "LI-2026-000077");
    }

    /** An active company contract registered from {@link #terms()} on {@link #employerPermit()}. */
    static LabourContract contract() {
        return LabourContract.register(UUID.randomUUID(), "LC-2026-000042", COMPANY, terms(), employerPermit(),
                Instant.parse("2026-03-04T05:00:00Z"), false);
    }
}
