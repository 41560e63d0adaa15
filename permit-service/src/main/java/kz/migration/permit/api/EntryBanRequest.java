package kz.migration.permit.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.EntryBan;

/** An entry ban or expulsion as the migration police record it. */
@Schema(description = "An entry ban or expulsion of a foreign worker", example = """
        {"passportNumber": "FA7345120", "citizenship": "UZ", "kind": "EXPULSION", "bannedUntil": "2031-12-06",
         "ground": "Court order 2-1187/2026: expelled for working without a permit; entry barred for five years"}""")
public record EntryBanRequest(
        @NotNull @Pattern(regexp = "[A-Z0-9]{5,20}", message = "must be 5-20 letters or digits") String passportNumber,
        @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String citizenship,
        @NotNull EntryBan.Kind kind,
        @Schema(description = "The last day the worker is barred; not before today") @NotNull LocalDate bannedUntil,
        @Schema(description = "The legal ground: the decision or court order and the article") @NotBlank @Size(max = 500) String ground) {
}
