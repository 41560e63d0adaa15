package kz.migration.quota.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;

import kz.migration.common.audit.Audited;
import kz.migration.common.domain.PermitCategory;
import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.quota.QuotaConsumed;
import kz.migration.common.event.quota.QuotaRejected;
import kz.migration.common.event.quota.QuotaReleased;
import kz.migration.common.event.quota.QuotaReserved;
import kz.migration.common.outbox.Outbox;
import kz.migration.quota.domain.Balance;
import kz.migration.quota.domain.Movement;
import kz.migration.quota.domain.QuotaKey;
import kz.migration.quota.domain.RejectionReason;
import kz.migration.quota.domain.ReservationStep;
import kz.migration.quota.repository.QuotaRepository;

/**
 * The saga side: reserve one unit for an approval, consume it on issue or renewal, release it on lapse, withdrawal
 * or refusal. Each step is idempotent per reservation id through the reservation row (a step that finds the
 * reservation already past it changes nothing and emits nothing), on top of the inbox's idempotency per event id.
 */
@ApplicationScoped
public class ReservationService {

    private static final Logger LOG = Logger.getLogger(ReservationService.class);

    @Inject
    QuotaRepository repository;

    @Inject
    ThresholdAlerts alerts;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    MeterRegistry meters;

    /** Reserves one unit for the approval, or answers why not. ICT approvals never touch the quota. */
    @Transactional
    @Audited(value = "quota-reservation.reserve", idFrom = "reservationId")
    public void reserve(PermitApproved approved, UUID eventId) {
        if (approved.reservationId() == null) {
            LOG.warnf("PermitApproved %s carries no reservationId; nothing to reserve", eventId);
            outcome("invalid");
            return;
        }
        if (ReservationStep.outsideQuota(approved)) {
            outcome("outside-quota");
            return;
        }
        Instant now = clock.instant();
        if (!repository.claimReservation(approved.reservationId(), approved.applicationId(), approved.year(),
                approved.region(), approved.category(), approved.purpose(), approved.citizenship(), eventId, now)) {
            outcome("duplicate");
            return;
        }
        Optional<QuotaKey> key = ReservationStep.balanceFor(approved);
        Optional<Balance> reserved = key
                .flatMap(k -> repository.reserveUnit(k, approved.reservationId(), eventId, now));
        if (reserved.isPresent()) {
            Balance balance = reserved.get();
            outbox.append(approved.reservationId().toString(),
                    new QuotaReserved(approved.reservationId(), approved.applicationId(), approved.year(),
                            approved.region(), approved.category(), balance.free(), now));
            alerts.review(balance);
            outcome("reserved");
            return;
        }
        // Reading the balance here only names the reason; the refusal itself was the conditional update's.
        RejectionReason reason = RejectionReason.of(key.flatMap(repository::findBalance).isPresent());
        repository.rejectReservation(approved.reservationId(), reason.name(), now);
        outbox.append(approved.reservationId().toString(),
                new QuotaRejected(approved.reservationId(), approved.applicationId(), approved.year(),
                        approved.region(), approved.category(), reason.name(), now));
        outcome("rejected");
    }

    /** An issued or renewed permit consumes its reservation. */
    @Transactional
    @Audited("quota-reservation.consume")
    public void consume(UUID reservationId, UUID eventId) {
        close(reservationId, ReservationStep.CONSUME, eventId, null);
    }

    /** A lapsed, withdrawn or refused approval gives its unit back; {@code cause} names which. */
    @Transactional
    @Audited("quota-reservation.release")
    public void release(UUID reservationId, UUID eventId, String cause) {
        close(reservationId, ReservationStep.RELEASE, eventId, cause);
    }

    private void close(UUID reservationId, ReservationStep step, UUID eventId, String cause) {
        if (reservationId == null) {
            return;
        }
        Instant now = clock.instant();
        Movement movement = step.movement();
        Optional<QuotaRepository.ReservationKey> closed = repository.closeReservation(reservationId, step.status(),
                eventId, now);
        if (closed.isEmpty()) {
            // Already consumed or released (a repeated step), rejected, or never seen: nothing may move.
            LOG.debugf("Reservation %s is not held; %s by event %s changes nothing", reservationId, movement,
                    eventId);
            meters.counter("registry.quota.saga.skipped", "movement", movement.name()).increment();
            return;
        }
        QuotaRepository.ReservationKey held = closed.get();
        QuotaKey key = new QuotaKey(held.year(), held.region(), PermitCategory.valueOf(held.category()));
        Balance balance = repository.moveReserved(key, movement, now);
        repository.appendEventLedger(key, movement, reservationId, eventId, now);
        if (movement == Movement.CONSUME) {
            outbox.append(reservationId.toString(),
                    new QuotaConsumed(reservationId, key.year(), key.region(), key.category().name(), now));
        } else {
            outbox.append(reservationId.toString(), new QuotaReleased(reservationId, key.year(), key.region(),
                    key.category().name(), cause, now));
        }
        alerts.review(balance);
        meters.counter("registry.quota.saga.moved", "movement", movement.name()).increment();
    }

    private void outcome(String outcome) {
        meters.counter("registry.quota.reservations", "outcome", outcome).increment();
    }
}
