package kz.migration.inspection.api;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.inspection.domain.GrievanceKind;

/** Violations by month, region and kind, with small counts suppressed and no totals. */
@Schema(description = "Confirmed violations by month, region and kind; counts from 1 to below the threshold are shown only as \"<threshold\"", example = """
        {"from": "2026-01", "to": "2026-12", "smallCellThreshold": 5, "cells": [
         {"month": "2026-11", "region": "750000000", "kind": "WAGES_UNPAID_OR_LATE", "count": 12, "display": "12", "suppressed": false},
         {"month": "2026-11", "region": "750000000", "kind": "PASSPORT_WITHHELD", "display": "<5", "suppressed": true}]}""")
public record ViolationStatistics(String from, String to, int smallCellThreshold, List<Cell> cells) {

    /** One published count. */
    public record Cell(String month, String region, GrievanceKind kind,
            @Schema(description = "Absent when suppressed") Long count, String display, boolean suppressed) {
    }
}
