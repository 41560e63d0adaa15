package kz.migration.contract.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import kz.migration.common.rules.Verifies;
import kz.migration.contract.api.ContractView;

/**
 * The exact bytes a registration hashes into the registry log (the canonical state) and answers and stores with its
 * Idempotency-Key (the response JSON), for fixed contracts. A state hash recorded once must be recomputable for good,
 * and a replayed response must be the first one byte for byte, so however they are written, these stay.
 */
class RegistrationBytesTest {

    /** The application's ObjectMapper as Quarkus configures it by default: modules found, dates as ISO text. */
    private static final ObjectMapper QUARKUS_DEFAULT = JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS).build();

    static final String COMPANY_STATE = "{\"amendmentCount\":0,\"contractNumber\":\"LC-2026-000042\",\"currency\":\"KZT\","
            + "\"employerBin\":\"990340000017\",\"employerIin\":null,\"endDate\":\"2027-02-28\","
            + "\"id\":\"0f8e7c4e-3b7a-4d55-9d3e-1f2a3b4c5d6e\",\"late\":false,\"lateAmendments\":0,"
            + "\"occupationCode\":\"2512\",\"permitKind\":\"EMPLOYER\",\"permitNumber\":\"WP-2026-000123\","
            + "\"position\":\"Software developer\",\"region\":\"750000000\","
            + "\"registeredAt\":\"2026-03-04T05:00:00.123456Z\",\"replacedByCitizenOn\":null,"
            + "\"salary\":\"650000.00\",\"signedOn\":\"2026-03-02\",\"startDate\":\"2026-03-09\","
            + "\"status\":\"ACTIVE\",\"terminatedOn\":null,\"terminationNote\":null,"
            + "\"terminationReason\":null,\"vacancyId\":\"7b0e7a52-3c1d-4a55-8e9f-0a1b2c3d4e5f\","
            + "\"weeklyHours\":40,\"workerCitizenship\":\"UZ\",\"workerFullName\":\"Alisher Karimov\","
            + "\"workerIin\":null,\"workerPassport\":\"FA1234567\"}";

    static final String INDIVIDUAL_STATE = "{\"amendmentCount\":2,\"contractNumber\":\"LC-2027-000007\",\"currency\":\"KZT\","
            + "\"employerBin\":null,\"employerIin\":\"880101300123\",\"endDate\":\"2027-02-28\","
            + "\"id\":\"a1b2c3d4-0000-4000-8000-00000000002a\",\"late\":true,\"lateAmendments\":1,"
            + "\"occupationCode\":\"2512\",\"permitKind\":null,\"permitNumber\":null,"
            + "\"position\":\"Software developer\",\"region\":\"750000000\","
            + "\"registeredAt\":\"2027-01-02T00:00:00Z\",\"replacedByCitizenOn\":\"2027-01-20\","
            + "\"salary\":\"650000.00\",\"signedOn\":\"2026-03-02\",\"startDate\":\"2026-03-09\","
            + "\"status\":\"TERMINATED\",\"terminatedOn\":\"2027-02-01\","
            + "\"terminationNote\":\"line one\\r\\nline two / slash\",\"terminationReason\":\"TERM_EXPIRED\","
            + "\"vacancyId\":null,\"weeklyHours\":36,\"workerCitizenship\":\"KG\","
            + "\"workerFullName\":\"\u0410\u0439\u0433\u0443\u043b\u044c \\\\ \\\"\u0416\\\" \\t\\n\\u0001\\u001F\u007f \u00e9 \ud83d\ude42\","
            + "\"workerIin\":\"880101300123\",\"workerPassport\":\"FA1234567\"}";

    static final String COMPANY_RESPONSE = "{\"id\":\"0f8e7c4e-3b7a-4d55-9d3e-1f2a3b4c5d6e\",\"contractNumber\":\"LC-2026-000042\","
            + "\"permitNumber\":\"WP-2026-000123\",\"permitKind\":\"EMPLOYER\","
            + "\"employerBin\":\"990340000017\",\"employerIin\":null,\"region\":\"750000000\","
            + "\"worker\":{\"fullName\":\"Alisher Karimov\",\"passportNumber\":\"FA1234567\","
            + "\"citizenship\":\"UZ\",\"iin\":null},\"position\":\"Software developer\","
            + "\"occupationCode\":\"2512\",\"startDate\":\"2026-03-09\",\"endDate\":\"2027-02-28\","
            + "\"salary\":\"650000.00\",\"currency\":\"KZT\",\"weeklyHours\":40,\"signedOn\":\"2026-03-02\","
            + "\"registeredAt\":\"2026-03-04T05:00:00.123456789Z\",\"late\":false,\"status\":\"ACTIVE\","
            + "\"terminatedOn\":null,\"terminationReason\":null,\"terminationNote\":null,\"amendmentCount\":0,"
            + "\"lateAmendments\":0,\"replacedByCitizenOn\":null,\"registrySequences\":[],\"version\":0,"
            + "\"employerName\":\"TOO \\\"Qazaq\\\" Soft\",\"recruitmentAgencyBin\":\"190840000283\"}";

    static final String INDIVIDUAL_RESPONSE = "{\"id\":\"a1b2c3d4-0000-4000-8000-00000000002a\",\"contractNumber\":\"LC-2027-000007\","
            + "\"permitNumber\":null,\"permitKind\":null,\"employerBin\":null,"
            + "\"employerIin\":\"880101300123\",\"region\":\"750000000\","
            + "\"worker\":{\"fullName\":\"\u0410\u0439\u0433\u0443\u043b\u044c \\\\ \\\"\u0416\\\" \\t\\n\\u0001\\u001F\u007f \u00e9 \ud83d\ude42\","
            + "\"passportNumber\":\"FA1234567\",\"citizenship\":\"KG\",\"iin\":\"880101300123\"},"
            + "\"position\":\"Software developer\",\"occupationCode\":\"2512\",\"startDate\":\"2026-03-09\","
            + "\"endDate\":\"2027-02-28\",\"salary\":\"650000.00\",\"currency\":\"KZT\",\"weeklyHours\":36,"
            + "\"signedOn\":\"2026-03-02\",\"registeredAt\":\"2027-01-02T00:00:00Z\",\"late\":true,"
            + "\"status\":\"TERMINATED\",\"terminatedOn\":\"2027-02-01\","
            + "\"terminationReason\":\"TERM_EXPIRED\",\"terminationNote\":\"line one\\r\\nline two / slash\","
            + "\"amendmentCount\":2,\"lateAmendments\":1,\"replacedByCitizenOn\":\"2027-01-20\","
            + "\"registrySequences\":[517,9001],\"version\":3,\"employerName\":null,"
            + "\"recruitmentAgencyBin\":null}";

    /** A company's contract on an employer permit, registered at a time with nanoseconds (the state keeps micros). */
    static LabourContract companyContract() {
        PermitView permit = TestContracts.employerPermit();
        permit.vacancyId = UUID.fromString("7b0e7a52-3c1d-4a55-8e9f-0a1b2c3d4e5f");
        return LabourContract.register(UUID.fromString("0f8e7c4e-3b7a-4d55-9d3e-1f2a3b4c5d6e"), "LC-2026-000042",
                TestContracts.COMPANY, TestContracts.terms(), permit, Instant.parse("2026-03-04T05:00:00.123456789Z"),
                false).namingParties("TOO \"Qazaq\" Soft", "190840000283");
    }

    /**
     * A household employer's contract without a permit, terminated, amended late, with a name in Cyrillic and
     * characters JSON must escape, registered on a whole second.
     */
    static LabourContract terminatedIndividualContract() {
        LabourContract c = LabourContract.register(UUID.fromString("a1b2c3d4-0000-4000-8000-00000000002a"),
                "LC-2027-000007", TestContracts.INDIVIDUAL,
                TestContracts.withWorker(TestContracts.terms(), "KG", null), null,
                Instant.parse("2027-01-02T00:00:00Z"), true);
        c.workerFullName = "Айгуль \\ \"Ж\" \t\n\u0001\u001f\u007f é 🙂";
        c.workerIin = "880101300123";
        c.status = ContractStatus.TERMINATED;
        c.terminatedOn = LocalDate.of(2027, 2, 1);
        c.terminationReason = TerminationReason.values()[0];
        c.terminationNote = "line one\r\nline two / slash";
        c.amendmentCount = 2;
        c.lateAmendments = 1;
        c.weeklyHours = 36;
        c.version = 3;
        return c;
    }

    @Test
    @Verifies("contract.registry.tamper-evident")
    void theCanonicalStateOfAContractIsExactlyTheseBytes() {
        assertEquals(COMPANY_STATE, RegistryHashes.canonicalState(companyContract(), null));
        assertEquals(INDIVIDUAL_STATE,
                RegistryHashes.canonicalState(terminatedIndividualContract(), LocalDate.of(2027, 1, 20)));
    }

    @Test
    void theRegistrationResponseIsExactlyTheseBytes() throws Exception {
        assertEquals(COMPANY_RESPONSE,
                QUARKUS_DEFAULT.writeValueAsString(ContractView.of(companyContract(), null, List.of())));
        assertEquals(INDIVIDUAL_RESPONSE, QUARKUS_DEFAULT.writeValueAsString(
                ContractView.of(terminatedIndividualContract(), LocalDate.of(2027, 1, 20), List.of(517L, 9001L))));
    }
}
