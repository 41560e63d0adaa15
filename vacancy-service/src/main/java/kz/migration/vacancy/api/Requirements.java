package kz.migration.vacancy.api;

import java.util.List;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.vacancy.domain.EducationLevel;

/** What a candidate must bring; raising any of these restarts the 15-day search. */
@Schema(name = "Requirements", example = """
        {"educationLevel": "HIGHER", "experienceYears": 3, "languages": ["en", "kk"]}""")
public record Requirements(
        @NotNull EducationLevel educationLevel,
        @NotNull @Min(0) @Max(50) Integer experienceYears,
        @NotNull @Size(max = 10) @Schema(description = "ISO 639-1 codes") List<@NotNull @Pattern(regexp = "[a-z]{2}", message = "must be an ISO 639-1 code such as kk") String> languages) {
}
