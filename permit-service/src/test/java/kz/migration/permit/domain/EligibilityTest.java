package kz.migration.permit.domain;

import static kz.migration.permit.domain.Rules2025.ALMATY;
import static kz.migration.permit.domain.Rules2025.ELIGIBILITY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.rules.Verifies;

/** The submission checks and the automatic checks before an approval, each finding with its rule and ground. */
class EligibilityTest {

    private static final String BIN = "123456789021";
    private static final LocalDate TODAY = LocalDate.of(2026, 12, 10);

    private final LabourMarketTest test = Rules2025.test(BIN, 2);

    /** A clean category-3 submission for an Indian worker on {@link #test}; each test changes one thing. */
    private Submission submission() {
        return new Submission();
    }

    private final class Submission {
        String bin = BIN;
        PermitCategory category = PermitCategory.CATEGORY_3;
        String region = ALMATY;
        String occupation = "2512";
        int termDays = 365;
        LocalDate start = TODAY;
        BigDecimal salary = new BigDecimal("550000.00");
        String citizenship = "IN";
        LocalDate passportExpiry = TODAY.plusYears(3);
        StaffDeclaration staff = Rules2025.staff(2, 5, 60, 40, 0, 110, false);
        Optional<LabourMarketTest> labourMarketTest = Optional.of(test);
        Optional<Ban> ban = Optional.empty();
        Optional<PermitApplication> live = Optional.empty();
        long held = 0;
        ForeignStaff foreign = ForeignStaff.NONE;

        List<Finding> findings() {
            return ELIGIBILITY.atSubmission(new SubmissionFacts(bin, TODAY, test.vacancyId, category, region,
                    occupation, termDays, start, salary, citizenship, passportExpiry, staff, labourMarketTest, ban,
                    live, held, foreign));
        }
    }

    private static List<PermitRefusalGround> grounds(List<Finding> findings) {
        return findings.stream().map(Finding::ground).toList();
    }

    @Test
    void aCompliantSubmissionHasNoFinding() {
        assertEquals(List.of(), submission().findings());
    }

    @Test
    @Verifies("permit.eaeu.no-permit")
    void citizensOfEveryEaeuMemberNeedNoPermitAndAreRefusedSayingWhy() {
        for (String member : List.of("AM", "BY", "KG", "RU")) {
            Submission s = submission();
            s.citizenship = member;
            Finding finding = s.findings().get(0);
            assertEquals(PermitRefusalGround.EAEU_CITIZEN_NEEDS_NO_PERMIT, finding.ground());
            assertEquals("permit.eaeu.no-permit", finding.rule());
            assertTrue(finding.detail().contains("art. 97") && finding.detail().contains("contract registry")
                    && finding.detail().contains("quota"), finding.detail());
        }
        Submission uzbek = submission();
        uzbek.citizenship = "UZ";
        assertEquals(List.of(), uzbek.findings());
    }

    @Test
    @Verifies("permit.eaeu.no-permit")
    void membershipIsDatedKyrgyzstanJoinedOnTwelveAugust2015() {
        Optional<Finding> before = ELIGIBILITY.eaeuCitizen("KG", LocalDate.of(2015, 8, 11));
        Optional<Finding> after = ELIGIBILITY.eaeuCitizen("KG", LocalDate.of(2015, 8, 12));
        assertTrue(before.isEmpty());
        assertTrue(after.isPresent());
    }

    @Test
    @Verifies("permit.categories.terms")
    void eachCategoryAllowsOnlyItsTerms() {
        Submission specialist = submission();
        specialist.termDays = 180;
        Finding finding = specialist.findings().get(0);
        assertEquals(PermitRefusalGround.TERM_NOT_ALLOWED, finding.ground());
        assertEquals(List.of(365), finding.facts().get("allowedTermDays"));
        for (int days : List.of(90, 180, 270, 365)) {
            Submission seasonal = submission();
            seasonal.category = PermitCategory.SEASONAL;
            seasonal.termDays = days;
            assertEquals(List.of(), seasonal.findings(), "seasonal " + days);
        }
        Submission transfer = submission();
        transfer.category = PermitCategory.INTRA_CORPORATE_TRANSFER;
        transfer.termDays = 1095;
        transfer.staff = Rules2025.staff(2, 5, 60, 40, 2, 110, false);
        assertEquals(List.of(), transfer.findings());
        transfer.termDays = 1460;
        transfer.passportExpiry = TODAY.plusYears(5);
        assertEquals(List.of(PermitRefusalGround.TERM_NOT_ALLOWED), grounds(transfer.findings()));
    }

    @Test
    @Verifies("permit.start-date.window")
    void thePermitMayStartFromTheSubmissionDayToOneHundredEightyDaysLater() {
        for (LocalDate start : List.of(TODAY, TODAY.plusDays(180))) {
            Submission s = submission();
            s.start = start;
            assertEquals(List.of(), s.findings(), start.toString());
        }
        for (LocalDate start : List.of(TODAY.minusDays(1), TODAY.plusDays(181))) {
            Submission s = submission();
            s.start = start;
            s.passportExpiry = TODAY.plusYears(5);
            Finding finding = s.findings().get(0);
            assertEquals(PermitRefusalGround.START_DATE_NOT_ALLOWED, finding.ground());
            assertEquals(TODAY.plusDays(180).toString(), finding.facts().get("latestStartDate"));
        }
    }

    @Test
    @Verifies("permit.passport.valid-through-term")
    void thePassportMustBeValidThroughTheTermFromTheRequestedStart() {
        Submission s = submission();
        s.start = LocalDate.of(2027, 3, 1);
        s.passportExpiry = LocalDate.of(2028, 2, 27);
        Finding finding = s.findings().get(0);
        assertEquals(PermitRefusalGround.PASSPORT_EXPIRES_DURING_TERM, finding.ground());
        assertEquals("2028-02-28", finding.facts().get("termEnds"));
        s.passportExpiry = LocalDate.of(2028, 2, 28);
        assertEquals(List.of(), s.findings());
    }

    @Test
    @Verifies("permit.ban.twelve-months")
    void aBannedEmployerIsRefusedNamingTheRevokedPermitAndItsGround() {
        Submission s = submission();
        s.ban = Optional.of(new Ban("WP-2026-000017", RevocationGround.FORGED_DOCUMENTS, TODAY.plusMonths(3)));
        Finding finding = s.findings().get(0);
        assertEquals(PermitRefusalGround.EMPLOYER_BANNED, finding.ground());
        assertEquals("WP-2026-000017", finding.facts().get("revokedPermit"));
        assertEquals("FORGED_DOCUMENTS", finding.facts().get("revocationGround"));
        assertTrue(finding.detail().contains("forged"), finding.detail());
    }

    @Test
    @Verifies("permit.labour-market-test.required")
    void withoutTheEmployersOwnPassedTestThereIsNoApplication() {
        Submission missing = submission();
        missing.labourMarketTest = Optional.empty();
        assertEquals(List.of(PermitRefusalGround.NO_LABOUR_MARKET_TEST), grounds(missing.findings()));
        Submission another = submission();
        another.bin = "987654321098";
        assertEquals(List.of(PermitRefusalGround.NO_LABOUR_MARKET_TEST), grounds(another.findings()));
        Submission restarted = submission();
        LabourMarketTest inactive = Rules2025.test(BIN, 1);
        inactive.active = false;
        restarted.labourMarketTest = Optional.of(inactive);
        assertEquals(List.of(PermitRefusalGround.NO_LABOUR_MARKET_TEST), grounds(restarted.findings()));
    }

    @Test
    @Verifies("permit.labour-market-test.vacancy-match")
    void theApplicationMatchesTheVacancysRegionOccupationAndSalary() {
        Submission s = submission();
        s.region = "710000000";
        s.occupation = "7212";
        s.salary = new BigDecimal("499999.99");
        List<Finding> findings = s.findings();
        assertEquals(List.of(PermitRefusalGround.VACANCY_MISMATCH, PermitRefusalGround.VACANCY_MISMATCH,
                PermitRefusalGround.SALARY_BELOW_VACANCY), grounds(findings));
        assertEquals("500000.00", findings.get(2).facts().get("vacancySalary"));
        Submission equal = submission();
        equal.salary = new BigDecimal("500000.00");
        assertEquals(List.of(), equal.findings());
    }

    @Test
    @Verifies("permit.application.one-live-per-worker")
    void aWorkerHasOneLiveApplicationPerVacancy() {
        Submission s = submission();
        PermitApplication live = Rules2025.application(BIN, TODAY, TODAY);
        s.live = Optional.of(live);
        Finding finding = s.findings().get(0);
        assertEquals(PermitRefusalGround.WORKER_ALREADY_APPLIED, finding.ground());
        assertEquals(live.id.toString(), finding.facts().get("applicationId"));
    }

    @Test
    @Verifies("permit.vacancy.positions")
    void noMoreApplicationsThanPositions() {
        Submission s = submission();
        s.held = 1;
        assertEquals(List.of(), s.findings());
        s.held = 2;
        assertEquals(List.of(PermitRefusalGround.VACANCY_POSITIONS_USED), grounds(s.findings()));
    }

    @Test
    @Verifies("permit.refusal.grounds")
    void aRefusedSubmissionNamesEveryFindingInAFixedOrder() {
        Submission s = submission();
        s.citizenship = "RU";
        s.termDays = 730;
        s.salary = new BigDecimal("1.00");
        s.held = 5;
        assertEquals(List.of(PermitRefusalGround.EAEU_CITIZEN_NEEDS_NO_PERMIT, PermitRefusalGround.TERM_NOT_ALLOWED,
                PermitRefusalGround.SALARY_BELOW_VACANCY, PermitRefusalGround.VACANCY_POSITIONS_USED),
                grounds(s.findings()));
    }

    @Test
    @Verifies("permit.local-content.headcount-consistent")
    void aSubmissionWhoseStaffContradictsTheRegistryIsRefused() {
        Submission s = submission();
        s.foreign = Rules2025.foreign(PermitCategory.CATEGORY_3, 11);
        Finding finding = s.findings().get(0);
        assertEquals(PermitRefusalGround.HEADCOUNT_INCONSISTENT, finding.ground());
        assertEquals(118, finding.facts().get("leastTotalEmployees"));
    }

    // --- before an approval ---------------------------------------------------------------------------------

    private List<Finding> atApproval(PermitApplication application, DocumentVerification document,
            Optional<LabourMarketTest> test, Optional<Ban> ban, StaffDeclaration staff, ForeignStaff foreign) {
        return ELIGIBILITY.atApproval(new ApprovalFacts(application, TODAY, document, staff, test, ban, foreign));
    }

    private static DocumentVerification document(DocumentVerificationStatus status) {
        DocumentVerification document = new DocumentVerification();
        document.status = status;
        document.reason = status == DocumentVerificationStatus.REJECTED ? "no such apostille" : null;
        return document;
    }

    private LabourMarketTest testOf(PermitApplication application) {
        LabourMarketTest passed = Rules2025.test(application.employerBin, 1);
        passed.vacancyId = application.vacancyId;
        return passed;
    }

    @Test
    @Verifies("permit.mfa.document-check")
    void anApprovalWaitsForTheMfaAndItsRejectionIsARefusalGround() {
        PermitApplication application = Rules2025.application(BIN, TODAY, TODAY);
        assertTrue(!document(DocumentVerificationStatus.PENDING).answered());
        assertTrue(document(DocumentVerificationStatus.CONFIRMED).answered());
        List<Finding> findings = atApproval(application, document(DocumentVerificationStatus.REJECTED),
                Optional.of(testOf(application)), Optional.empty(), Rules2025.staff(2, 5, 60, 40, 0, 110, false),
                ForeignStaff.NONE);
        assertEquals(List.of(PermitRefusalGround.MFA_DOCUMENT_REJECTED), grounds(findings));
    }

    @Test
    @Verifies({"permit.labour-market-test.required", "permit.ban.twelve-months", "permit.refusal.grounds"})
    void anApprovalRefusesOnEveryGroundItFinds() {
        PermitApplication application = Rules2025.application(BIN, TODAY, TODAY);
        List<Finding> findings = atApproval(application, document(DocumentVerificationStatus.REJECTED),
                Optional.empty(), Optional.of(new Ban("WP-2026-000001", RevocationGround.WORK_NOT_MATCHING_PERMIT,
                        TODAY)),
                Rules2025.staff(0, 0, 1, 0, 0, 30, false), ForeignStaff.NONE);
        assertEquals(List.of(PermitRefusalGround.MFA_DOCUMENT_REJECTED, PermitRefusalGround.NO_LABOUR_MARKET_TEST,
                PermitRefusalGround.EMPLOYER_BANNED, PermitRefusalGround.LOCAL_CONTENT_BREACH), grounds(findings));
    }

    @Test
    @Verifies("permit.eaeu.no-permit")
    void anEaeuCitizensApplicationRegisteredEarlierIsRefusedOnApprovalSoNoQuotaIsUsed() {
        PermitApplication application = Rules2025.application(BIN, TODAY, TODAY);
        application.workerCitizenship = "BY";
        List<Finding> findings = atApproval(application, document(DocumentVerificationStatus.CONFIRMED),
                Optional.of(testOf(application)), Optional.empty(), Rules2025.staff(2, 5, 60, 40, 0, 110, false),
                ForeignStaff.NONE);
        assertEquals(List.of(PermitRefusalGround.EAEU_CITIZEN_NEEDS_NO_PERMIT), grounds(findings));
    }

    @Test
    @Verifies("permit.passport.valid-through-term")
    void onApprovalThePassportIsCheckedAgainstTheTermFromTheLaterOfStartAndDecision() {
        PermitApplication application = Rules2025.application(BIN, TODAY.minusDays(20), TODAY.minusDays(20));
        application.workerPassportExpiry = TODAY.plusDays(360);
        List<Finding> findings = atApproval(application, document(DocumentVerificationStatus.CONFIRMED),
                Optional.of(testOf(application)), Optional.empty(), Rules2025.staff(2, 5, 60, 40, 0, 110, false),
                ForeignStaff.NONE);
        assertEquals(List.of(PermitRefusalGround.PASSPORT_EXPIRES_DURING_TERM), grounds(findings));
        assertEquals(TODAY.plusDays(364).toString(), findings.get(0).facts().get("termEnds"));
    }
}
