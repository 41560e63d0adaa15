package kz.migration.contract.domain;

import static kz.migration.contract.domain.TestContracts.COMPANY;
import static kz.migration.contract.domain.TestContracts.employerPermit;
import static kz.migration.contract.domain.TestContracts.terms;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class PermitMatchTest {

    private final PermitMatch match = new PermitMatch();

    private List<String> types(ContractEmployer employer, ContractTerms terms, PermitView permit, boolean inUse) {
        return match.check(employer, terms, permit, inUse).stream().map(f -> f.problem().slug()).toList();
    }

    private List<String> types(ContractTerms terms, PermitView permit) {
        return types(COMPANY, terms, permit, false);
    }

    @Test
    void aContractThatFitsItsPermitHasNoFinding() {
        assertEquals(List.of(), types(terms(), employerPermit()));
    }

    @Test
    @Verifies("contract.permit.issued")
    void thePermitMustBeKnownAndIssued() {
        assertEquals(List.of("permit-unknown"), types(terms(), null));
        for (PermitStatus ended : List.of(PermitStatus.REVOKED, PermitStatus.EXPIRED, PermitStatus.TERMINATED)) {
            PermitView permit = employerPermit();
            permit.status = ended;
            List<Finding> findings = match.check(COMPANY, terms(), permit, false);
            assertEquals("permit-not-issued", findings.get(0).problem().slug());
            assertEquals(ended.name(), findings.get(0).facts().get("permitStatus"));
        }
    }

    @Test
    @Verifies("contract.permit.same-employer")
    void anEmployersPermitBacksOnlyThatEmployersContracts() {
        assertEquals(List.of("permit-other-employer"),
                types(ContractEmployer.company("123456789012"), terms(), employerPermit(), false));
        // An individual whose IIN has the company's digits is another employer.
        assertEquals(List.of("permit-other-employer"), types(ContractEmployer.individual(
                TestContracts.COMPANY_BIN), terms(), employerPermit(), false));
    }

    @Test
    @Verifies("contract.permit.same-worker")
    void theWorkerIsTheOneThePermitWasIssuedTo() {
        ContractTerms otherPassport = new ContractTerms(new ForeignWorker("Alisher Karimov", "FA7654321", "UZ",
                null), "WP-2026-000123", "Software developer", TestContracts.DEVELOPER, TestContracts.ALMATY,
                terms().startDate(), terms().endDate(), terms().salary(), "KZT", 40, terms().signedOn());
        assertEquals(List.of("worker-document-mismatch"), types(otherPassport, employerPermit()));
        // The same passport number issued by another country is another passport.
        assertEquals(List.of("worker-document-mismatch"),
                types(TestContracts.withWorker(terms(), "TJ", "WP-2026-000123"), employerPermit()));
    }

    @Test
    @Verifies("contract.permit.same-region")
    void theContractIsInThePermitsRegion() {
        List<Finding> findings = match.check(COMPANY, TestContracts.withPlace(terms(), TestContracts.ASTANA,
                TestContracts.DEVELOPER), employerPermit(), false);
        assertEquals("permit-region-mismatch", findings.get(0).problem().slug());
        assertEquals(TestContracts.ALMATY, findings.get(0).facts().get("permitRegion"));
    }

    @Test
    @Verifies("contract.permit.same-occupation")
    void theContractIsForThePermitsOccupation() {
        assertEquals(List.of("permit-occupation-mismatch"),
                types(TestContracts.withPlace(terms(), TestContracts.ALMATY, "7212"), employerPermit()));
        // A labour immigrant's permit names no occupation; household work is its own rule.
        assertEquals(List.of(), types(TestContracts.INDIVIDUAL, TestContracts.householdTerms(),
                TestContracts.labourImmigrantPermit(), false));
    }

    @Test
    @Verifies("contract.permit.dates-within")
    void theContractStartsAndEndsWithinThePermit() {
        LocalDate signed = TestContracts.SIGNED;
        assertEquals(List.of(), types(TestContracts.withDates(terms(), TestContracts.PERMIT_FROM,
                TestContracts.PERMIT_TO, signed), employerPermit()));
        assertEquals(List.of("contract-outside-permit-validity"), types(TestContracts.withDates(terms(),
                TestContracts.PERMIT_FROM.minusDays(1), TestContracts.PERMIT_TO, signed), employerPermit()));
        assertEquals(List.of("contract-outside-permit-validity"), types(TestContracts.withDates(terms(),
                TestContracts.PERMIT_FROM, TestContracts.PERMIT_TO.plusDays(1), signed), employerPermit()));
    }

    @Test
    @Verifies("contract.permit.end-date-required")
    void anOpenEndedContractOnAPermitWithAnEndIsRefused() {
        ContractTerms openEnded = TestContracts.withDates(terms(), terms().startDate(), null, TestContracts.SIGNED);
        List<Finding> findings = match.check(COMPANY, openEnded, employerPermit(), false);
        assertEquals(List.of("contract-end-date-required"), findings.stream().map(f -> f.problem().slug()).toList());
        assertEquals(TestContracts.PERMIT_TO.toString(), findings.get(0).facts().get("permitValidTo"));
    }

    @Test
    @Verifies("contract.permit.one-active-contract")
    void anEmployersPermitBacksOneActiveContractButALabourImmigrantsSeveral() {
        assertEquals(List.of("permit-already-in-use"), types(COMPANY, terms(), employerPermit(), true));
        assertEquals(List.of(), types(TestContracts.INDIVIDUAL, TestContracts.householdTerms(),
                TestContracts.labourImmigrantPermit(), true));
    }

    @Test
    @Verifies({"contract.permit.same-region", "contract.permit.same-occupation", "contract.permit.dates-within"})
    void everyMismatchIsFoundInAFixedOrder() {
        ContractTerms wrong = TestContracts.withDates(TestContracts.withPlace(terms(), TestContracts.ASTANA, "7212"),
                TestContracts.PERMIT_FROM.minusDays(1), TestContracts.PERMIT_TO, TestContracts.SIGNED);
        assertEquals(List.of("permit-region-mismatch", "permit-occupation-mismatch",
                "contract-outside-permit-validity", "permit-already-in-use"),
                types(COMPANY, wrong, employerPermit(),
                        true));
    }
}
