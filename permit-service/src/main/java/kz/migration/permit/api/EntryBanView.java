package kz.migration.permit.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import kz.migration.permit.domain.EntryBan;

/** An entry ban as the migration police and auditors see it. */
@Schema(description = "An entry ban or expulsion of a foreign worker", example = """
        {"id": "6b1f0c7e-2d4a-4f3b-9a57-1c2e3d4f5a6b", "passportNumber": "FA7345120", "citizenship": "UZ",
         "kind": "EXPULSION", "bannedUntil": "2031-12-06",
         "ground": "Court order 2-1187/2026: expelled for working without a permit; entry barred for five years",
         "recordedBy": "police-officer-17", "recordedAt": "2026-12-07T05:12:00Z", "status": "IN_FORCE",
         "version": 0}""")
public record EntryBanView(
        UUID id,
        String passportNumber,
        String citizenship,
        EntryBan.Kind kind,
        LocalDate bannedUntil,
        String ground,
        String recordedBy,
        Instant recordedAt,
        @Schema(description = "IN_FORCE, LIFTED, or EXPIRED once bannedUntil has passed") String status,
        Instant liftedAt,
        String liftedBy,
        String liftReason,
        long version) {

    public static EntryBanView of(EntryBan b, LocalDate today) {
        String status = b.liftedAt != null ? "LIFTED" : b.bannedUntil.isBefore(today) ? "EXPIRED" : "IN_FORCE";
        return new EntryBanView(b.id, b.passportNumber, b.citizenship, b.kind, b.bannedUntil, b.ground, b.recordedBy,
                b.recordedAt, status, b.liftedAt, b.liftedBy, b.liftReason, b.version);
    }
}
