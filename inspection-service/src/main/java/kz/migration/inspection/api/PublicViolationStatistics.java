package kz.migration.inspection.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.statistics.PublishedTable;
import kz.migration.common.statistics.SuppressedChain;

@Schema(description = """
        Public violation statistics of a year as of the end of the last full month: two linked tables of the same \
        confirmed violations (month x kind, kind x region) with small-cell suppression. Every figure is a string: a \
        count, "<5" for a count under 5 (zero included), or "x" for a count of 5 or more hidden so that no "<5" \
        figure can be worked out from the others. ".." marks tables withheld whole; no tables while the year has no \
        full month behind it. See docs/statistics.md.""")
public record PublicViolationStatistics(int year,
        @Schema(description = "The last day counted; null while the year has no full month behind it") LocalDate asOf,
        int threshold, boolean withheld, List<PublishedTable> tables) {

    public static PublicViolationStatistics none(int year, int threshold) {
        return new PublicViolationStatistics(year, null, threshold, false, List.of());
    }

    public static PublicViolationStatistics of(int year, LocalDate asOf, SuppressedChain tables) {
        return new PublicViolationStatistics(year, asOf, tables.threshold(), tables.withheld(),
                PublishedTable.of(tables));
    }
}
