package kz.migration.inspection.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.GrievanceKind;

/** Violations by month, region and kind, in full (the ministry's statistics; the public variant is suppressed). */
@Schema(description = "Confirmed violations by month, region and kind, in full: only combinations with violations are listed", example = """
        {"from": "2026-01", "to": "2026-12", "smallCellThreshold": 5, "cells": [
         {"month": "2026-11", "region": "750000000", "kind": "WAGES_UNPAID_OR_LATE", "count": 12, "display": "12", "suppressed": false},
         {"month": "2026-11", "region": "750000000", "kind": "PASSPORT_WITHHELD", "count": 2, "display": "2", "suppressed": false}]}""")
public record ViolationStatistics(String from, String to,
        @Schema(description = "The threshold of the public variant (GET /api/v1/public/violation-statistics); nothing is suppressed here", deprecated = true) int smallCellThreshold,
        List<Cell> cells) {

    /** One count. */
    public record Cell(String month, String region, GrievanceKind kind, Long count,
            @Schema(description = "The count as text", deprecated = true) String display,
            @Schema(description = "Always false: the ministry's statistics are not suppressed", deprecated = true) boolean suppressed) {
    }
}
