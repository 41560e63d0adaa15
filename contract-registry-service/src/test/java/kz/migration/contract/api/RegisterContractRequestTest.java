package kz.migration.contract.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

class RegisterContractRequestTest {

    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule());

    /** The Idempotency-Key's request hash is over this JSON: a request without the new fields hashes as before. */
    @Test
    void theOptionalFieldsAddedLaterAreLeftOutWhenAbsent() throws Exception {
        RegisterContractRequest before = new RegisterContractRequest(
                new WorkerDetails("Alisher Karimov", "FA1234567", "UZ", null), "WP-2026-000123", "Developer", "2512",
                "750000000", LocalDate.of(2026, 12, 1), LocalDate.of(2027, 11, 30), new BigDecimal("650000.00"), "KZT",
                40, LocalDate.of(2026, 11, 20));
        String json = mapper.writeValueAsString(before);
        assertFalse(json.contains("employerName"), json);
        assertFalse(json.contains("recruitmentAgencyBin"), json);
        String named = mapper.writeValueAsString(new RegisterContractRequest(before.worker(), before.permitNumber(),
                before.position(), before.occupationCode(), before.region(), before.startDate(), before.endDate(),
                before.salary(), before.currency(), before.weeklyHours(), before.signedOn(), "TOO Qazaq Soft",
                "190840000283"));
        assertTrue(named.contains("\"employerName\":\"TOO Qazaq Soft\""), named);
    }
}
