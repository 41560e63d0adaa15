package kz.migration.permit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import kz.migration.common.domain.Sex;
import kz.migration.permit.domain.TaxResidency;

class LabourImmigrantPermitRequestTest {

    /** As the service's mapper writes the request for the Idempotency-Key's hash. */
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static LabourImmigrantPermitRequest request(Sex sex) {
        return new LabourImmigrantPermitRequest("Aziz Karimov", "UZ", "FA7345120", LocalDate.of(2029, 1, 31), null,
                "750000000", "9111", 3, TaxResidency.NON_RESIDENT, sex);
    }

    /** A request that states no sex is written (and hashed) as it was before the field existed: no "sex": null. */
    @Test
    void aRequestWithoutTheWorkersSexIsWrittenExactlyAsBeforeTheFieldExisted() throws Exception {
        assertEquals("""
                {"fullName":"Aziz Karimov","citizenship":"UZ","passportNumber":"FA7345120",\
                "passportExpiry":"2029-01-31","iin":null,"region":"750000000","occupationCode":"9111","months":3,\
                "taxResidency":"NON_RESIDENT"}""", mapper.writeValueAsString(request(null)));
        assertEquals(mapper.writeValueAsString(request(null)),
                mapper.writeValueAsString(new LabourImmigrantPermitRequest(
                        "Aziz Karimov", "UZ", "FA7345120", LocalDate.of(2029, 1, 31), null, "750000000", "9111", 3,
                        TaxResidency.NON_RESIDENT)));
        assertEquals("FEMALE", mapper.readTree(mapper.writeValueAsString(request(Sex.FEMALE))).get("sex").asText());
    }
}
