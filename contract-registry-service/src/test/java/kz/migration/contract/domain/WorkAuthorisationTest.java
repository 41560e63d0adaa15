package kz.migration.contract.domain;

import static kz.migration.contract.domain.TestContracts.terms;
import static kz.migration.contract.domain.TestContracts.withWorker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class WorkAuthorisationTest {

    private final WorkAuthorisation authorisation = new WorkAuthorisation(TestContracts.EAEU);

    private static List<String> types(List<Finding> findings) {
        return findings.stream().map(f -> f.problem().slug()).toList();
    }

    @Test
    @Verifies("contract.eaeu.no-permit")
    void citizensOfTheEaeuMemberStatesNeedNoPermit() {
        for (String member : List.of("AM", "BY", "KG", "RU")) {
            ContractTerms noPermit = withWorker(terms(), member, null);
            assertEquals(List.of(), authorisation.check(noPermit), member);
            assertFalse(authorisation.permitApplies(noPermit), member);
        }
    }

    @Test
    @Verifies("contract.eaeu.no-permit")
    void membershipIsJudgedOnTheSigningDate() {
        // Kyrgyzstan joined the EAEU on 2015-08-12: a contract signed before then needed a permit.
        assertFalse(authorisation.needsNoPermit("KG", LocalDate.of(2015, 8, 11)));
        assertTrue(authorisation.needsNoPermit("KG", LocalDate.of(2015, 8, 12)));
    }

    @Test
    @Verifies("contract.permit.required")
    void aWorkerFromOutsideTheEaeuNeedsAPermit() {
        List<Finding> findings = authorisation.check(withWorker(terms(), "UZ", null));
        assertEquals(List.of("permit-required"), types(findings));
        assertEquals("contract.permit.required", findings.get(0).rule());
        assertEquals(List.of(), authorisation.check(terms()));
        assertTrue(authorisation.permitApplies(terms()));
    }

    @Test
    @Verifies("contract.eaeu.permit-named")
    void aPermitNamedForAnEaeuCitizenIsRefusedNotIgnored() {
        ContractTerms withPermit = withWorker(terms(), "RU", "WP-2026-000123");
        assertEquals(List.of("eaeu-citizen-needs-no-permit"), types(authorisation.check(withPermit)));
        assertFalse(authorisation.permitApplies(withPermit), "the permit decides nothing for an EAEU citizen");
    }

    @Test
    @Verifies("contract.worker.foreign")
    void aCitizenOfKazakhstanIsNotAForeignWorker() {
        // Kazakhstan is an EAEU member too, but its citizens are not foreign workers at all.
        assertEquals(List.of("worker-not-foreign"), types(authorisation.check(withWorker(terms(), "KZ", null))));
        assertFalse(authorisation.needsNoPermit("KZ", TestContracts.SIGNED));
    }
}
