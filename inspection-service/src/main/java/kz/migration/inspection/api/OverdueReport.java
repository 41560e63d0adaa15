package kz.migration.inspection.api;

import java.time.LocalDate;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An employer that held an employer permit in a quarter and has not reported it by the due day. */
@Schema(description = "An employer that has not reported", example = """
        {"employerBin": "120640004563", "period": "2026-Q3", "dueOn": "2026-10-10"}""")
public record OverdueReport(String employerBin, String period, LocalDate dueOn) {
}
