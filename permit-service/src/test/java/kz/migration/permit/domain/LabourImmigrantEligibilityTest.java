package kz.migration.permit.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.reference.VisaFreeCountries;
import kz.migration.common.rules.Verifies;
import kz.migration.permit.domain.LabourImmigrantEligibility.Applicant;
import kz.migration.permit.domain.LabourImmigrantFinding.Ground;

/** Who may get a labour-immigrant permit, for what work and for how long, on the bundled reference data. */
class LabourImmigrantEligibilityTest {

    static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    static final Set<String> HOUSEHOLD = Set.of("5152", "5311", "9111");

    final LabourImmigrantEligibility eligibility = new LabourImmigrantEligibility(VisaFreeCountries.load(),
            EaeuMemberStates.load(), Set.of("CN"), HOUSEHOLD, 12);

    static Applicant applicant(String citizenship) {
        return new Applicant(citizenship, "9111", DAY.plusYears(3), 3);
    }

    List<Ground> grounds(Applicant applicant, LocalDate date) {
        return eligibility.check(applicant, date, date, Optional.empty()).stream().map(LabourImmigrantFinding::ground)
                .toList();
    }

    @Test
    @Verifies("permit.labour-immigrant.eaeu-citizens-excluded")
    void citizensOfEaeuMemberStatesGetNoPermitAndAreToldWhy() {
        for (String eaeu : List.of("AM", "BY", "KG", "RU")) {
            List<LabourImmigrantFinding> findings = eligibility.check(applicant(eaeu), DAY, DAY, Optional.empty());
            assertEquals(List.of(Ground.EAEU_CITIZEN), findings.stream().map(LabourImmigrantFinding::ground).toList(),
                    eaeu);
            assertTrue(findings.get(0).detail().contains("EAEU Treaty, art. 97"), findings.get(0).detail());
            assertTrue(findings.get(0).detail().contains("outside every quota"), findings.get(0).detail());
            assertEquals("permit.labour-immigrant.eaeu-citizens-excluded", findings.get(0).rule());
        }
    }

    @Test
    @Verifies("permit.labour-immigrant.eaeu-citizens-excluded")
    void membershipIsJudgedOnTheDateOfTheRequest() {
        // Kyrgyzstan joined on 2015-08-12: a request the day before was judged as a visa-free country's.
        assertEquals(List.of(), grounds(applicant("KG"), LocalDate.of(2015, 8, 11)));
        assertEquals(List.of(Ground.EAEU_CITIZEN), grounds(applicant("KG"), LocalDate.of(2015, 8, 12)));
    }

    @Test
    @Verifies("permit.labour-immigrant.visa-free-citizens")
    void visaFreeCitizensWithARightToWorkAreEligibleAndNoOneElse() {
        assertEquals(Set.of("AZ", "GE", "MD", "MN", "TJ", "TR", "UA", "UZ"), eligibility.eligibleCitizenships(DAY));
        for (String country : eligibility.eligibleCitizenships(DAY)) {
            assertEquals(List.of(), grounds(applicant(country), DAY), country);
        }
        LabourImmigrantFinding india = eligibility.check(applicant("IN"), DAY, DAY, Optional.empty()).get(0);
        assertEquals(Ground.NOT_VISA_FREE, india.ground());
        assertTrue(india.detail().contains("IN is not a visa-free country"), india.detail());
        assertEquals(eligibility.eligibleCitizenships(DAY), india.facts().get("eligible"));
    }

    @Test
    @Verifies("permit.labour-immigrant.visa-free-citizens")
    void chinasVisaFreeRegimeGivesNoRightToWork() {
        LabourImmigrantFinding china = eligibility.check(applicant("CN"), DAY, DAY, Optional.empty()).get(0);
        assertEquals(Ground.NOT_VISA_FREE, china.ground());
        assertTrue(china.detail().contains("gives no right to work"), china.detail());
    }

    @Test
    @Verifies("permit.labour-immigrant.household-occupation")
    void onlyHouseholdWorkForPrivateIndividuals() {
        for (String household : HOUSEHOLD) {
            assertEquals(List.of(), grounds(new Applicant("UZ", household, DAY.plusYears(3), 3), DAY), household);
        }
        List<LabourImmigrantFinding> developer = eligibility.check(new Applicant("UZ", "2512", DAY.plusYears(3), 3),
                DAY, DAY, Optional.empty());
        assertEquals(List.of(Ground.OCCUPATION_NOT_HOUSEHOLD), developer.stream().map(f -> f.ground()).toList());
        assertEquals(Set.of("5152", "5311", "9111"), developer.get(0).facts().get("householdOccupations"));
    }

    @Test
    @Verifies("permit.labour-immigrant.term")
    void aPermitRunsOneToTwelveMonthsExtensionsIncluded() {
        assertEquals(List.of(), grounds(new Applicant("UZ", "9111", DAY.plusYears(3), 12), DAY));
        assertEquals(List.of(Ground.TERM_EXCEEDED), grounds(new Applicant("UZ", "9111", DAY.plusYears(3), 13), DAY));
        assertEquals(List.of(Ground.TERM_EXCEEDED), grounds(new Applicant("UZ", "9111", DAY.plusYears(3), 0), DAY));

        LabourImmigrantPermit permit = issued(10, DAY.plusYears(3));
        assertEquals(List.of(), eligibility.checkExtension(permit, 2));
        List<LabourImmigrantFinding> beyond = eligibility.checkExtension(permit, 3);
        assertEquals(List.of(Ground.TERM_EXCEEDED), beyond.stream().map(f -> f.ground()).toList());
        assertEquals(10, beyond.get(0).facts().get("monthsGranted"));
    }

    @Test
    @Verifies("permit.labour-immigrant.passport-valid")
    void thePassportMustBeValidThroughTheWholeTerm() {
        LocalDate termEnds = DAY.plusMonths(3).minusDays(1);
        assertEquals(List.of(), grounds(new Applicant("UZ", "9111", termEnds, 3), DAY));
        List<LabourImmigrantFinding> expiring = eligibility.check(
                new Applicant("UZ", "9111", termEnds.minusDays(1), 3), DAY, DAY, Optional.empty());
        assertEquals(List.of(Ground.PASSPORT_EXPIRES), expiring.stream().map(f -> f.ground()).toList());
        assertEquals(termEnds.toString(), expiring.get(0).facts().get("termEnds"));
        // The term is counted from its latest start: the due date of the tax, where it is known.
        assertEquals(List.of(Ground.PASSPORT_EXPIRES), eligibility
                .check(new Applicant("UZ", "9111", termEnds, 3), DAY, DAY.plusDays(14), Optional.empty()).stream()
                .map(f -> f.ground()).toList());

        LabourImmigrantPermit permit = issued(3, DAY.plusMonths(4));
        assertEquals(List.of(Ground.PASSPORT_EXPIRES),
                eligibility.checkExtension(permit, 2).stream().map(f -> f.ground()).toList());
        assertEquals(List.of(Ground.PASSPORT_EXPIRES),
                eligibility.checkApproval(permit, DAY.plusMonths(2)).stream().map(f -> f.ground()).toList());
    }

    @Test
    @Verifies("permit.labour-immigrant.one-per-passport")
    void aWorkerHoldsOneLiveRequestOrPermitAtATime() {
        LabourImmigrantPermit live = issued(3, DAY.plusYears(3));
        List<LabourImmigrantFinding> findings = eligibility.check(applicant("UZ"), DAY, DAY, Optional.of(live));
        assertEquals(List.of(Ground.HOLDS_PERMIT), findings.stream().map(f -> f.ground()).toList());
        assertEquals(live.id.toString(), findings.get(0).facts().get("requestId"));
    }

    @Test
    @Verifies({"permit.labour-immigrant.eaeu-citizens-excluded", "permit.labour-immigrant.household-occupation",
            "permit.labour-immigrant.term", "permit.labour-immigrant.passport-valid"})
    void everyFindingIsReturnedTheMostFundamentalFirst() {
        List<Ground> grounds = grounds(new Applicant("RU", "2512", DAY.plusMonths(6), 13), DAY);
        assertEquals(List.of(Ground.EAEU_CITIZEN, Ground.OCCUPATION_NOT_HOUSEHOLD, Ground.TERM_EXCEEDED,
                Ground.PASSPORT_EXPIRES), grounds);
    }

    static LabourImmigrantPermit issued(int months, LocalDate passportExpiry) {
        LabourImmigrantPermit permit = LabourImmigrantPermit.request(UUID.randomUUID(),
                new LabourImmigrantPermit.Worker("Aziz Karimov", "UZ", "FA7345120", passportExpiry, null),
                "750000000", "9111", months, TaxResidency.NON_RESIDENT, IssuingAuthority.MIGRATION_POLICE, DAY,
                Instant.parse("2026-12-07T05:00:00Z"));
        permit.status = LabourImmigrantPermitStatus.ISSUED;
        permit.validFrom = DAY;
        permit.validTo = DAY.plusMonths(months).minusDays(1);
        return permit;
    }
}
