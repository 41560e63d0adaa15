package kz.migration.permit.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.rules.Rule;

/**
 * An entry ban or an expulsion the migration police recorded against a foreign worker, known by passport and
 * citizenship: while it runs (through {@code bannedUntil}, unless lifted) the worker gets no permit, labour-immigrant
 * permit or renewal. Lifting is the police's, with a reason, and is audited.
 */
@Entity
@Table(name = "entry_ban")
public class EntryBan {

    /** An entry ban alone, or an expulsion that carries one. */
    public enum Kind {
        ENTRY_BAN, EXPULSION
    }

    @Id
    public UUID id;

    @Column(name = "passport_number")
    public String passportNumber;

    public String citizenship;

    @Enumerated(EnumType.STRING)
    public Kind kind;

    @Column(name = "banned_until")
    public LocalDate bannedUntil;

    public String ground;

    @Column(name = "recorded_by")
    public String recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;

    @Column(name = "lifted_at")
    public Instant liftedAt;

    @Column(name = "lifted_by")
    public String liftedBy;

    @Column(name = "lift_reason")
    public String liftReason;

    @Version
    public long version;

    /** A ban that runs at least through {@code today}: one already over records nothing. */
    @Rule("permit.entry-ban.recorded")
    public static EntryBan record(UUID id, String passportNumber, String citizenship, Kind kind,
            LocalDate bannedUntil, String ground, String recordedBy, LocalDate today, Instant now) {
        if (bannedUntil.isBefore(today)) {
            throw ProblemException.invalid("bannedUntil", "must not be before today");
        }
        EntryBan ban = new EntryBan();
        ban.id = id;
        ban.passportNumber = passportNumber.toUpperCase(Locale.ROOT);
        ban.citizenship = citizenship;
        ban.kind = kind;
        ban.bannedUntil = bannedUntil;
        ban.ground = ground.strip();
        ban.recordedBy = recordedBy;
        ban.recordedAt = now;
        return ban;
    }

    public boolean inForceOn(LocalDate date) {
        return liftedAt == null && !bannedUntil.isBefore(date);
    }

    /** Ends the ban early, once: a ban already lifted is 409. */
    @Rule("permit.entry-ban.lifted-once")
    public void lift(String by, String reason, Instant now) {
        if (liftedAt != null) {
            throw ProblemException.conflict("Entry ban " + id + " was lifted on " + liftedAt)
                    .with("liftedAt", liftedAt.toString());
        }
        liftedAt = now;
        liftedBy = by;
        liftReason = reason.strip();
    }

    /**
     * The finding of a worker (passport and citizenship) under a ban in force on {@code date}, the longest first; it
     * names the ban and its end, not the ground (which the police keep).
     */
    @Rule("permit.entry-ban.refuses-worker")
    public static Optional<Finding> refusal(Collection<EntryBan> bans, String passportNumber, String citizenship,
            LocalDate date) {
        return bans.stream()
                .filter(b -> b.inForceOn(date) && b.passportNumber.equalsIgnoreCase(passportNumber)
                        && b.citizenship.equals(citizenship))
                .max(Comparator.comparing((EntryBan b) -> b.bannedUntil))
                .map(b -> Finding.of("permit.entry-ban.refuses-worker", PermitRefusalGround.WORKER_ENTRY_BANNED,
                        "the migration police recorded an " + (b.kind == Kind.EXPULSION ? "expulsion" : "entry ban")
                                + " of this worker that runs through " + b.bannedUntil
                                + ": no permit is issued to a worker barred from entry")
                        .with("entryBanId", b.id.toString()).with("bannedUntil", b.bannedUntil.toString())
                        .with("entryBanKind", b.kind.name()));
    }
}
