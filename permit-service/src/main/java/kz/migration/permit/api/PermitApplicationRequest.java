package kz.migration.permit.api;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertFalse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.domain.Sex;
import kz.migration.common.identifier.Bin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.identifier.OccupationCode;

/**
 * An employer's application for a permit to employ one foreign worker on a vacancy whose labour-market test passed.
 * {@code startDate} is the day the permit should start (from the submission day to 180 days later; the submission
 * day when absent): the quota year is its year. The employer declares its staff by category and in total; its foreign
 * workers are counted from the registry's own permits, and a declared {@code foreigners} figure may not be below
 * that count.
 */
@Schema(example = """
        {"vacancyId": "5a0d2c44-1b7e-4f0e-8d4a-6c1f2e3b4a59", "region": "750000000", "category": "CATEGORY_3",
         "occupationCode": "2512", "termDays": 365, "startDate": "2027-01-11",
         "worker": {"fullName": "Arjun Mehta", "citizenship": "IN", "passportNumber": "Z7512345",
                    "passportExpiry": "2030-05-01", "educationDocumentId": "DIP-2019-00042", "educationCountry": "IN",
                    "legalisationReference": "APO-77-2024-1183", "sex": "MALE"},
         "salary": {"amount": "650000.00", "currency": "KZT"},
         "headcount": {"category1": {"citizens": 4, "foreigners": 0}, "category2": {"citizens": 12, "foreigners": 1},
                       "category3": {"citizens": 40, "foreigners": 2}, "category4": {"citizens": 90, "foreigners": 3},
                       "intraCorporateTransfer": {"citizens": 0, "foreigners": 0}},
         "totalEmployees": 152, "smallBusiness": false}""")
public record PermitApplicationRequest(
        @NotNull UUID vacancyId,
        @NotNull @Kato String region,
        @NotNull PermitCategory category,
        @NotNull @OccupationCode String occupationCode,
        @NotNull @Min(1) @Max(1095) Integer termDays,
        LocalDate startDate,
        @NotNull @Valid Worker worker,
        @NotNull @Valid Money salary,
        @NotNull @Valid Headcount headcount,
        @NotNull @Min(1) @Max(10_000_000) Integer totalEmployees,
        @NotNull Boolean smallBusiness,
        @Schema(description = "BIN of the private recruitment agency that recruited the worker, if any; optional (seed 003: control of private recruiting agents)", example = "190840000283") @JsonInclude(JsonInclude.Include.NON_NULL) @Bin String recruitmentAgencyBin) {

    /**
     * An application naming no recruiting agency, as the request was before the agency was added. Absent, it is left
     * out of the Idempotency-Key's request hash, so a retry across the upgrade still replays.
     */
    public PermitApplicationRequest(UUID vacancyId, String region, PermitCategory category, String occupationCode,
            Integer termDays, LocalDate startDate, Worker worker, Money salary, Headcount headcount,
            Integer totalEmployees, Boolean smallBusiness) {
        this(vacancyId, region, category, occupationCode, termDays, startDate, worker, salary, headcount,
                totalEmployees, smallBusiness, null);
    }

    /**
     * The foreign worker and the education document the MFA checks. {@code sex} is optional and for the permit
     * statistics only: it goes to {@code PermitIssued} and is shown in no view.
     */
    public record Worker(
            @NotBlank @Size(max = 200) String fullName,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String citizenship,
            @NotNull @Pattern(regexp = "[A-Z0-9]{5,20}", message = "must be 5-20 letters or digits") String passportNumber,
            @NotNull LocalDate passportExpiry,
            @NotBlank @Size(max = 64) String educationDocumentId,
            @NotNull @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 alpha-2 code") String educationCountry,
            @NotBlank @Size(max = 64) String legalisationReference,
            @Schema(description = "The worker's sex, optional: recorded for the permit statistics only and shown to no one (not in any view, list, certificate or audit record)") @JsonInclude(JsonInclude.Include.NON_NULL) Sex sex) {

        /**
         * A worker whose sex is not stated, as the request was before the field was added. Absent, it is left out of
         * the Idempotency-Key's request hash, so a retry across the upgrade still replays.
         */
        public Worker(String fullName, String citizenship, String passportNumber, LocalDate passportExpiry,
                String educationDocumentId, String educationCountry, String legalisationReference) {
            this(fullName, citizenship, passportNumber, passportExpiry, educationDocumentId, educationCountry,
                    legalisationReference, null);
        }

        /** Citizens of Kazakhstan are not foreign labour. */
        @JsonIgnore
        @AssertFalse(message = "a citizen of Kazakhstan needs no permit")
        public boolean isKazakhCitizen() {
            return "KZ".equals(citizenship);
        }
    }

    /**
     * Current staff of the employer by permit category, before the new worker. Foreign workers are counted from the
     * registry's permits of the employer; a declared figure below that count is refused (headcount-inconsistent).
     */
    public record Headcount(
            @NotNull @Valid StaffCount category1,
            @NotNull @Valid StaffCount category2,
            @NotNull @Valid StaffCount category3,
            @NotNull @Valid StaffCount category4,
            @NotNull @Valid StaffCount intraCorporateTransfer) {
    }

    /**
     * Citizens and the foreign workers the employer counts in one category. The registry counts the foreign workers
     * itself; the declared figure may not be below that count.
     */
    public record StaffCount(
            @NotNull @Min(0) @Max(1_000_000) Integer citizens,
            @NotNull @Min(0) @Max(1_000_000) Integer foreigners) {
    }

    /** Labour immigrants get their permits from the migration police, not through an employer application. */
    @JsonIgnore
    @AssertFalse(message = "LABOUR_IMMIGRANT permits are issued by the migration police, not applied for by employers")
    public boolean isLabourImmigrantCategory() {
        return category == PermitCategory.LABOUR_IMMIGRANT;
    }
}
