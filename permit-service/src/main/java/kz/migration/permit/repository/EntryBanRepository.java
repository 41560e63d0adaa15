package kz.migration.permit.repository;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;

import kz.migration.permit.domain.EntryBan;

@ApplicationScoped
public class EntryBanRepository implements PanacheRepositoryBase<EntryBan, UUID> {

    /** The bans not lifted on the passport; the domain decides which are in force for the citizenship. */
    public List<EntryBan> unliftedFor(String passportNumber) {
        return list("passportNumber = ?1 and liftedAt is null", passportNumber.toUpperCase(Locale.ROOT));
    }

    public Optional<EntryBan> lock(UUID id) {
        return findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
