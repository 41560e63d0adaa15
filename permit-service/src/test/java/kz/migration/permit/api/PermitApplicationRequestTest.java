package kz.migration.permit.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.domain.Sex;

class PermitApplicationRequestTest {

    /** As the service's mapper writes the request for the Idempotency-Key's hash: ISO dates, keys as declared. */
    private final ObjectMapper mapper = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private static final PermitApplicationRequest.Worker WORKER = new PermitApplicationRequest.Worker("Arjun Mehta",
            "IN", "Z7512345", LocalDate.of(2030, 5, 1), "DIP-2019-00042", "IN", "APO-77-2024-1183");

    private static PermitApplicationRequest request(PermitApplicationRequest.Worker worker) {
        PermitApplicationRequest.StaffCount none = new PermitApplicationRequest.StaffCount(0, 0);
        return new PermitApplicationRequest(UUID.fromString("5a0d2c44-1b7e-4f0e-8d4a-6c1f2e3b4a59"), "750000000",
                PermitCategory.CATEGORY_3, "2512", 365, LocalDate.of(2027, 1, 11), worker, Money.kzt(
                        new BigDecimal("650000.00")),
                new PermitApplicationRequest.Headcount(none, none, new PermitApplicationRequest.StaffCount(40, 2),
                        none, none),
                152, false);
    }

    /**
     * The Idempotency-Key's request hash is over this JSON: a request that states no sex is written exactly as it was
     * before the field existed (the JSON below is what the request without the field wrote), so a retry across the
     * upgrade replays instead of answering 409.
     */
    @Test
    void aRequestWithoutTheWorkersSexIsWrittenExactlyAsBeforeTheFieldExisted() throws Exception {
        String before = """
                {"vacancyId":"5a0d2c44-1b7e-4f0e-8d4a-6c1f2e3b4a59","region":"750000000","category":"CATEGORY_3",\
                "occupationCode":"2512","termDays":365,"startDate":"2027-01-11",\
                "worker":{"fullName":"Arjun Mehta","citizenship":"IN","passportNumber":"Z7512345",\
                "passportExpiry":"2030-05-01","educationDocumentId":"DIP-2019-00042","educationCountry":"IN",\
                "legalisationReference":"APO-77-2024-1183"},\
                "salary":{"amount":"650000.00","currency":"KZT"},\
                "headcount":{"category1":{"citizens":0,"foreigners":0},"category2":{"citizens":0,"foreigners":0},\
                "category3":{"citizens":40,"foreigners":2},"category4":{"citizens":0,"foreigners":0},\
                "intraCorporateTransfer":{"citizens":0,"foreigners":0}},\
                "totalEmployees":152,"smallBusiness":false}""";
        assertEquals(before, mapper.writeValueAsString(request(WORKER)));
    }

    @Test
    void aStatedSexIsPartOfTheRequestAndOfItsHash() throws Exception {
        PermitApplicationRequest.Worker female = new PermitApplicationRequest.Worker(WORKER.fullName(),
                WORKER.citizenship(), WORKER.passportNumber(), WORKER.passportExpiry(), WORKER.educationDocumentId(),
                WORKER.educationCountry(), WORKER.legalisationReference(), Sex.FEMALE);
        String json = mapper.writeValueAsString(request(female));
        assertEquals("FEMALE", mapper.readTree(json).path("worker").path("sex").asText());
        assertNotEquals(mapper.writeValueAsString(request(WORKER)), json);
        assertEquals(female, mapper.readValue(json, PermitApplicationRequest.class).worker());
    }

    /** The readers' view of the worker has no field for the sex at all. */
    @Test
    void theApplicationsViewOfTheWorkerHasNoSex() {
        assertEquals(Arrays.stream(PermitApplicationRequest.Worker.class.getRecordComponents())
                .map(c -> c.getName()).filter(name -> !name.equals("sex")).toList(),
                Arrays.stream(PermitApplicationView.ApplicationWorker.class.getRecordComponents())
                        .map(c -> c.getName()).toList());
    }
}
