package kz.migration.contract.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.statistics.PublishedTable;
import kz.migration.common.statistics.SuppressedChain;

@Schema(description = """
        Public contract statistics of a year as of the end of the last full month: four linked tables of the same \
        contracts (replacement x status, status x region, region x registration, registration x amendment) with \
        small-cell suppression. Every figure is a string: a count, "<5" for a count under 5 (zero included), or "x" \
        for a count of 5 or more hidden so that no "<5" figure can be worked out from the others. ".." marks tables \
        withheld whole. See docs/statistics.md.""")
public record PublicContractStatistics(int year,
        @Schema(description = "The last day counted; null while the year has no full month behind it") LocalDate asOf,
        int threshold, boolean withheld, List<PublishedTable> tables) {

    public static PublicContractStatistics of(int year, LocalDate asOf, SuppressedChain tables) {
        return new PublicContractStatistics(year, asOf, tables.threshold(), tables.withheld(),
                PublishedTable.of(tables));
    }
}
