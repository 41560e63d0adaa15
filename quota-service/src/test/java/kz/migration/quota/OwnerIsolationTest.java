package kz.migration.quota;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.testing.OwnerIsolationContractTest;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.quota.service.ReservationService;
import kz.migration.testsupport.RegistryTestResource;

/** An officer of another region never sees the owner region's quota, its ledger or its reservations. */
@QuarkusTest
@QuarkusTestResource(RegistryTestResource.class)
class OwnerIsolationTest extends OwnerIsolationContractTest {

    @Inject
    ReservationService reservations;

    @Override
    protected Map<String, String> createOwnedRecords(String bin, String region) {
        QuotaKey key = new QuotaKey(QuotaFixtures.freshYear(), region, QuotaFixtures.category(0));
        QuotaFixtures.setPlan(key.year(), key.category(), Map.of(region, 5)).statusCode(201);
        PermitApproved approval = QuotaFixtures.approval(key);
        reservations.reserve(approval, UUID.randomUUID());
        String quota = "/api/v1/quotas/" + key.year() + "/" + region + "/" + key.category();
        return Map.of(
                "/api/v1/quotas/{year}/{region}/{category}", quota,
                "/api/v1/quotas/{year}/{region}/{category}/ledger", quota + "/ledger",
                "/api/v1/quota-reservations/{reservationId}", "/api/v1/quota-reservations/" + approval.reservationId());
    }
}
