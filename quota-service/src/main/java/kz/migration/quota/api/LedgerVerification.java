package kz.migration.quota.api;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;

@Schema(description = "Whether every balance equals the sum of its ledger rows; mismatches list the ones that do not")
public record LedgerVerification(Integer year, int balancesChecked, long ledgerRows, boolean consistent,
        List<Mismatch> mismatches, Instant checkedAt) {

    @Schema(name = "LedgerMismatch", example = """
            {"year": 2026, "region": "750000000", "category": "CATEGORY_3", "allocated": 1000, "reserved": 12,
             "used": 300, "ledgerAllocated": 1000, "ledgerReserved": 11, "ledgerUsed": 300}""")
    public record Mismatch(int year, String region, PermitCategory category, int allocated, int reserved, int used,
            long ledgerAllocated, long ledgerReserved, long ledgerUsed) {
    }
}
