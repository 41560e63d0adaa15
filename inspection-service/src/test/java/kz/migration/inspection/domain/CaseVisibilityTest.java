package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;
import kz.migration.common.security.Roles;

@Verifies("inspection.retaliation.who-reads-a-grievance")
class CaseVisibilityTest {

    private final InspectionCase filedByAdvocate = InspectionCase.file(UUID.randomUUID(), "IC-2026-000040",
            CaseSource.ADVOCATE, TestCases.employment(), new GrievanceFiling(GrievanceKind.PASSPORT_WITHHELD,
                    "Passports kept by the foreman", null, null, null, false, "advocate-sana-sezim", "SANA-1"),
            TestCases.NOW, TestCases.MONDAY, TestCases.DEADLINES);

    @Test
    void theRegionsInspectorsTheFilingAdvocateAndAuditorsRead() {
        assertTrue(CaseVisibility.mayRead(filedByAdvocate, Roles.INSPECTOR, TestCases.ALMATY, "inspector-1"));
        assertTrue(CaseVisibility.mayRead(filedByAdvocate, Roles.ADVOCATE, null, "advocate-sana-sezim"));
        assertTrue(CaseVisibility.mayRead(filedByAdvocate, Roles.AUDITOR, null, "auditor-1"));
    }

    @Test
    void anotherRegionsInspectorAnotherAdvocateAndTheEmployerDoNot() {
        assertFalse(CaseVisibility.mayRead(filedByAdvocate, Roles.INSPECTOR, TestCases.ASTANA, "inspector-2"));
        assertFalse(CaseVisibility.mayRead(filedByAdvocate, Roles.INSPECTOR, null, "inspector-3"));
        assertFalse(CaseVisibility.mayRead(filedByAdvocate, Roles.ADVOCATE, null, "advocate-other"));
        assertFalse(CaseVisibility.mayRead(filedByAdvocate, Roles.EMPLOYER, null, "employer-" + TestCases.BIN));
        assertFalse(CaseVisibility.mayRead(filedByAdvocate, Roles.MINISTRY, null, "ministry-1"));
        assertFalse(CaseVisibility.mayRead(filedByAdvocate, Roles.OFFICER, TestCases.ALMATY, "officer-1"));
    }
}
