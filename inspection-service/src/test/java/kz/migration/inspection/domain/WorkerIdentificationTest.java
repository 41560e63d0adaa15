package kz.migration.inspection.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

@Verifies("inspection.grievance.worker-identified")
class WorkerIdentificationTest {

    private static ContractView contract(String passport) {
        ContractView c = new ContractView();
        c.contractNumber = "LC-2026-000045";
        c.contractId = UUID.randomUUID();
        c.permitNumber = "WP-2026-000123";
        c.employerBin = TestCases.BIN;
        c.region = TestCases.ALMATY;
        c.workerDocumentNumber = passport;
        c.startDate = LocalDate.of(2026, 9, 1);
        return c;
    }

    private static PermitView permit(String passport) {
        PermitView p = new PermitView();
        p.permitNumber = "WP-2026-000123";
        p.kind = "EMPLOYER";
        p.employerBin = TestCases.BIN;
        p.region = TestCases.ALMATY;
        p.workerDocumentNumber = passport;
        return p;
    }

    @Test
    void theContractsPassportIdentifiesTheWorker() {
        WorkerEmployment found = WorkerIdentification.byContract(contract("FA1234567"), null, "FA1234567").get();
        assertEquals("LC-2026-000045", found.contractNumber());
        assertEquals(TestCases.BIN, found.employerId());
        assertTrue(WorkerIdentification.byContract(contract("FA1234567"), null, "FA7654321").isEmpty());
    }

    @Test
    void aContractRegisteredWithoutThePassportIsCheckedAgainstItsPermit() {
        assertTrue(WorkerIdentification.byContract(contract(null), permit("FA1234567"), "FA1234567").isPresent());
        assertTrue(WorkerIdentification.byContract(contract(null), permit("FA1234567"), "FA0000000").isEmpty());
        assertTrue(WorkerIdentification.byContract(contract(null), null, "FA1234567").isEmpty());
    }

    @Test
    void aPermitIdentifiesTheWorkerWithItsCurrentContractOrAlone() {
        WorkerEmployment withContract = WorkerIdentification
                .byPermit(permit("FA1234567"), contract(null), "FA1234567").get();
        assertEquals("LC-2026-000045", withContract.contractNumber());
        WorkerEmployment alone = WorkerIdentification.byPermit(permit("FA1234567"), null, "FA1234567").get();
        assertNull(alone.contractNumber());
        assertEquals("WP-2026-000123", alone.permitNumber());
        assertTrue(WorkerIdentification.byPermit(permit("FA1234567"), null, "FA7654321").isEmpty());
        assertTrue(WorkerIdentification.byPermit(null, null, "FA1234567").isEmpty());
    }
}
