package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Issue 20, defect c: an intra-corporate transfer carries no state fee and is outside the quota (DESIGN §3). Once the
 * officer approves, the permit is issued at once: no AWAITING_FEE step, nothing for the payment gateway to read or
 * pay, no quota unit reserved.
 */
@Order(6)
class IntraCorporateTransferWithoutFeeTest extends Scenario {

    private static final String CATEGORY = "INTRA_CORPORATE_TRANSFER";

    @Test
    void approvedTransferIsIssuedAtOnceWithoutAFee() {
        String employer = employer(Identifiers.bin());
        String officer = officer(ASTANA);
        String vacancyId = postVacancy(employer, ASTANA, 1);
        passLabourMarketTest(employer, vacancyId);
        step("vacancy's labour-market test passed");

        String passport = Identifiers.passport();
        String id = submitForReview(employer, application(vacancyId, ASTANA, CATEGORY, passport));
        step("transfer application submitted, document confirmed, under review");

        // The approval issues the permit: no fee is assessed and no quota unit is reserved.
        JsonNode issued = expect(200, permits.approve(officer, id));
        assertEquals("ISSUED", issued.get("status").asText(), issued::toString);
        assertTrue(issued.get("permitNumber").asText().matches("WP-\\d{4}-\\d{6}"), issued::toString);
        assertTrue(absent(issued, "fee"), issued::toString);
        assertTrue(absent(issued, "reservationId"), issued::toString);
        assertEquals(List.of("UNDER_REVIEW", "APPROVED", "ISSUED"), statusesFromReview(employer, id));
        step("approved and issued " + issued.get("permitNumber").asText() + " at once");

        // The payment gateway finds nothing due.
        JsonNode noFee = expect(404, permits.fee(gateway, id));
        assertEquals("https://registry.migration.gov.kz/problems/no-fee-due", noFee.get("type").asText(),
                noFee::toString);
        JsonNode publicStatus = expect(200, permits.publicStatus(issued.get("permitNumber").asText(), passport));
        assertEquals("ISSUED", publicStatus.get("status").asText(), publicStatus::toString);
        assertEquals(CATEGORY, publicStatus.get("category").asText(), publicStatus::toString);
        step("no fee due for the gateway; the permit verifies publicly as ISSUED");
    }
}
