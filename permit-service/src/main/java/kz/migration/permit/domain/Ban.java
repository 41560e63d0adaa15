package kz.migration.permit.domain;

import java.time.LocalDate;
import java.util.Optional;

import kz.migration.common.rules.Rule;

/** A ban on new permits that runs through {@code bannedUntil} because permit {@code permitNumber} was revoked. */
public record Ban(String permitNumber, RevocationGround ground, LocalDate bannedUntil) {

    /** The ban a revoked permit imposes on {@code date}, if its ground bans and the ban still runs. */
    public static Optional<Ban> of(PermitApplication revoked, LocalDate date) {
        if (revoked == null || revoked.status != PermitStatus.REVOKED) {
            return Optional.empty();
        }
        return of(revoked.permitNumber, revoked.revocationGround, revoked.bannedUntil, date);
    }

    /** The ban of a permit revoked on {@code ground} through {@code bannedUntil}, if it bans and still runs. */
    public static Optional<Ban> of(String permitNumber, RevocationGround ground, LocalDate bannedUntil,
            LocalDate date) {
        if (bannedUntil == null || ground == null || !ground.bansEmployer() || bannedUntil.isBefore(date)) {
            return Optional.empty();
        }
        return Optional.of(new Ban(permitNumber, ground, bannedUntil));
    }

    @Rule("permit.ban.twelve-months")
    public Finding finding() {
        return Finding.of("permit.ban.twelve-months", PermitRefusalGround.EMPLOYER_BANNED,
                "employer is banned through " + bannedUntil + " after permit " + permitNumber + " was revoked ("
                        + ground + ": " + ground.description() + ")")
                .with("bannedUntil", bannedUntil.toString()).with("revokedPermit", permitNumber)
                .with("revocationGround", ground.name());
    }
}
