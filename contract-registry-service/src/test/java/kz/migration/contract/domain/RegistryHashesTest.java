package kz.migration.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import kz.migration.common.rules.Verifies;

class RegistryHashesTest {

    private static final Instant AT = Instant.parse("2026-03-04T05:00:00.123456Z");

    @Test
    @Verifies("contract.registry.tamper-evident")
    void anyChangeToARecordedStateChangesItsHash() {
        LabourContract c = TestContracts.contract();
        String state = RegistryHashes.canonicalState(c, null);
        String hash = RegistryHashes.sha256(state);
        assertEquals(hash, RegistryHashes.sha256(RegistryHashes.canonicalState(c, null)), "canonical: stable");
        c.salary = new BigDecimal("1.00");
        assertNotEquals(hash, RegistryHashes.sha256(RegistryHashes.canonicalState(c, null)));
    }

    @Test
    @Verifies("contract.registry.tamper-evident")
    void eachEntryHashCoversItsContentAndThePreviousEntry() {
        UUID id = UUID.randomUUID();
        String entry = RegistryHashes.entryHash(7, AT, id, RegistryAction.REGISTERED, "a".repeat(64),
                RegistryHashes.GENESIS);
        assertNotEquals(entry, RegistryHashes.entryHash(7, AT, id, RegistryAction.REGISTERED, "a".repeat(64),
                "b".repeat(64)), "another previous entry");
        assertNotEquals(entry, RegistryHashes.entryHash(8, AT, id, RegistryAction.REGISTERED, "a".repeat(64),
                RegistryHashes.GENESIS), "another place in the chain");
        assertNotEquals(entry, RegistryHashes.entryHash(7, AT, id, RegistryAction.AMENDED, "a".repeat(64),
                RegistryHashes.GENESIS), "another action");
    }

    @Test
    @Verifies("contract.registry.tamper-evident")
    void theStateRecordsTheEmployerOfEitherKindAndAContractWithoutAPermit() {
        LabourContract eaeu = LabourContract.register(UUID.randomUUID(), "LC-2026-000043", TestContracts.INDIVIDUAL,
                TestContracts.withWorker(TestContracts.terms(), "AM", null), null, AT, false);
        String state = RegistryHashes.canonicalState(eaeu, null);
        assertTrue(state.contains("\"employerIin\":\"" + TestContracts.INDIVIDUAL_IIN + "\""), state);
        assertTrue(state.contains("\"permitKind\":null"), state);
        assertTrue(state.contains("\"workerCitizenship\":\"AM\""), state);
    }
}
