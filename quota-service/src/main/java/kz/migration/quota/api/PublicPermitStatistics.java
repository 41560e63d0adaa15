package kz.migration.quota.api;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.statistics.PublishedTable;
import kz.migration.common.statistics.SuppressedChain;
import kz.migration.quota.domain.PublicPermitTables;

@Schema(description = """
        Public permit statistics of a quota year as of the end of the last full month: three linked tables of the same \
        permits and refusals by ground, with small-cell suppression. Every figure is a string: a count, "<5" for a \
        count under 5 (zero included), or "x" for a count of 5 or more hidden so that no "<5" figure can be worked \
        out from the totals. ".." marks a table withheld whole. See docs/statistics.md.""")
public record PublicPermitStatistics(int year,
        @Schema(description = "The last day counted; null while the year has no full month behind it") LocalDate asOf,
        int threshold, boolean withheld, List<PublishedTable> tables, List<GroundFigure> refusalsByGround) {

    @Schema(name = "PublicRefusalGround")
    public record GroundFigure(String ground, String refusals) {
    }

    public static PublicPermitStatistics of(int year, LocalDate asOf, SuppressedChain tables,
            List<PublicPermitTables.GroundFigure> grounds) {
        return new PublicPermitStatistics(year, asOf, tables.threshold(), tables.withheld(), PublishedTable.of(tables),
                grounds.stream().map(g -> new GroundFigure(g.ground(), g.refusals().display())).toList());
    }
}
