package kz.migration.permit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.common.domain.PermitCategory;
import kz.migration.permit.domain.DocumentVerificationStatus;
import kz.migration.permit.domain.PermitRefusalGround;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.domain.RevocationGround;

/**
 * An application as its readers see it; once approved it carries its quota year (the year the permit starts) and the
 * reservation of its quota unit (none for a transfer), once issued the permit number and validity.
 */
public record PermitApplicationView(
        UUID id,
        PermitStatus status,
        String employerBin,
        String region,
        PermitCategory category,
        String occupationCode,
        UUID vacancyId,
        int termDays,
        LocalDate startDate,
        ApplicationWorker worker,
        Money salary,
        PermitApplicationRequest.Headcount headcount,
        int totalEmployees,
        boolean smallBusiness,
        Instant submittedAt,
        LocalDate receivedOn,
        LocalDate reviewDeadline,
        DocumentVerificationStatus documentCheck,
        List<PermitRefusalGround> refusalGrounds,
        Money fee,
        LocalDate feeDue,
        Integer quotaYear,
        UUID reservationId,
        String permitNumber,
        LocalDate validFrom,
        LocalDate validTo,
        int renewalCount,
        RevocationGround revocationGround,
        LocalDate bannedUntil,
        long version,
        @Schema(description = "The employer's violations the labour inspectorate confirmed within the configured period before today: lesser ones do not refuse an application but the officer weighs them") List<ComplianceFlag> complianceFlags,
        @Schema(description = "BIN of the recruiting agency the employer named, if any") String recruitmentAgencyBin) {

    /**
     * The worker as the application's readers see it: what the employer gave, except the worker's sex, which is for
     * the statistics only.
     */
    @Schema(requiredProperties = {"fullName", "citizenship", "passportNumber", "passportExpiry", "educationDocumentId",
            "educationCountry", "legalisationReference"})
    public record ApplicationWorker(
            String fullName,
            String citizenship,
            String passportNumber,
            LocalDate passportExpiry,
            String educationDocumentId,
            String educationCountry,
            String legalisationReference) {
    }
}
