package kz.migration.permit.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.permit.api.EntryBanLiftRequest;
import kz.migration.permit.api.EntryBanRequest;
import kz.migration.permit.api.EntryBanView;
import kz.migration.permit.domain.EntryBan;
import kz.migration.permit.domain.Finding;
import kz.migration.permit.repository.EntryBanRepository;

/**
 * Entry bans and expulsions: recorded and lifted by the migration police (each audited), and read by submissions,
 * renewals and labour-immigrant requests through {@link #refusal}.
 */
@ApplicationScoped
public class EntryBanService {

    @Inject
    EntryBanRepository bans;

    @Inject
    IdempotencyKeys idempotency;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    @Audited("entry-ban.record")
    public IdempotencyKeys.Outcome<EntryBanView> record(EntryBanRequest request, String idempotencyKey) {
        return idempotency.onceRequired("record-entry-ban:" + caller.subject(), idempotencyKey, request,
                EntryBanView.class, () -> {
                    LocalDate today = LocalDate.now(clock);
                    EntryBan ban = EntryBan.record(UUID.randomUUID(), request.passportNumber(), request.citizenship(),
                            request.kind(), request.bannedUntil(), request.ground(), caller.subject(), today,
                            clock.instant());
                    bans.persist(ban);
                    return EntryBanView.of(ban, today);
                });
    }

    @Audited(value = "entry-ban.read", read = true)
    public EntryBanView get(UUID id) {
        EntryBan ban = bans.findById(id);
        if (ban == null) {
            throw ProblemException.notFound("Entry ban", id);
        }
        return EntryBanView.of(ban, LocalDate.now(clock));
    }

    @Transactional
    @Audited("entry-ban.lift")
    public EntryBanView lift(UUID id, EntryBanLiftRequest request) {
        EntryBan ban = bans.lock(id).orElseThrow(() -> ProblemException.notFound("Entry ban", id));
        ban.lift(caller.subject(), request.reason(), clock.instant());
        return EntryBanView.of(ban, LocalDate.now(clock));
    }

    /** The refusal of a worker under a ban in force on {@code date}, if there is one. */
    public Optional<Finding> refusal(String passportNumber, String citizenship, LocalDate date) {
        return EntryBan.refusal(bans.unliftedFor(passportNumber), passportNumber, citizenship, date);
    }
}
