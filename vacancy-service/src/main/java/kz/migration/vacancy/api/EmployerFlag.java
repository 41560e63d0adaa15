package kz.migration.vacancy.api;

import java.math.BigDecimal;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

/** An employer (in one region) that rejects more referred citizens without a justified reason than allowed. */
@Schema(name = "EmployerFlag", example = """
        {"employerBin": "180240012345", "region": "750000000", "decidedReferrals": 6, "unjustifiedRejections": 4,
         "unjustifiedShare": "0.6667", "threshold": "0.5"}""")
public record EmployerFlag(
        String employerBin,
        String region,
        long decidedReferrals,
        long unjustifiedRejections,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unjustifiedShare,
        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal threshold) {
}
