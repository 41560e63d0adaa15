package kz.migration.vacancy.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import kz.migration.common.audit.Audited;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.web.Page;
import kz.migration.common.web.PageCursor;
import kz.migration.vacancy.api.OutcomeRequest;
import kz.migration.vacancy.api.ReferralRequest;
import kz.migration.vacancy.api.ReferralResponse;
import kz.migration.vacancy.domain.Referral;
import kz.migration.vacancy.domain.ReferralOutcome;
import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.domain.VacancyRules;
import kz.migration.vacancy.repository.ReferralRepository;

/**
 * Referrals of citizens by the labour exchange and their outcomes. Both lock the vacancy first, as the labour-market
 * test job does, so a referral made or decided while the job assesses the vacancy is seen by it whole or not at all.
 */
@ApplicationScoped
public class ReferralService {

    static final String WHAT = "Referral";

    @Inject
    ReferralRepository referrals;

    @Inject
    VacancyAccess access;

    @Inject
    VacancyEvents events;

    @Inject
    VacancyRules rules;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @Transactional
    @Audited("referral.refer")
    public IdempotencyKeys.Outcome<ReferralResponse> refer(UUID vacancyId, ReferralRequest request,
            String idempotencyKey) {
        String scope = "refer-candidate:" + caller.subject() + ":" + vacancyId;
        return idempotencyKeys.once(scope, idempotencyKey, request, ReferralResponse.class, () -> {
            Vacancy vacancy = access.visibleForUpdate(vacancyId);
            Referral referral = vacancy.refer(UUID.randomUUID(), request.candidateIin(),
                    referrals.exists(vacancyId, request.candidateIin()), caller.subject(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS), LocalDate.now(clock), rules);
            referral.comment = request.comment();
            try {
                referrals.persist(referral);
                referrals.flush();
            } catch (PersistenceException e) {
                // a concurrent referral of the same citizen won the unique key between our check and insert
                if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                    throw vacancy.alreadyReferred();
                }
                throw e;
            }
            return ReferralResponse.of(referral);
        });
    }

    /** Records how a referral ended; a hire takes an open position (and closes the vacancy at the last one). */
    @Transactional
    @Audited("referral.record-outcome")
    public ReferralResponse recordOutcome(UUID vacancyId, UUID referralId, OutcomeRequest request) {
        // The row lock serialises outcomes with hires (open positions never go below 0) and with the test job.
        Vacancy vacancy = access.visibleForUpdate(vacancyId);
        Referral referral = referrals.findByIdOptional(referralId).filter(r -> r.vacancyId.equals(vacancyId))
                .orElseThrow(() -> ProblemException.notFound(WHAT, referralId));
        Instant now = clock.instant();
        referral.record(request.outcome(), request.rejectionReason(), request.comment(), caller.subject(), now);
        if (request.outcome() == ReferralOutcome.HIRED) {
            boolean closed = vacancy.hireCitizen(now);
            events.candidateHired(vacancy, referral, now);
            if (closed) {
                events.closed(vacancy);
            }
        }
        referrals.flush();
        return ReferralResponse.of(referral);
    }

    @Transactional
    @Audited(value = "referral.list", read = true)
    public Page<ReferralResponse> list(UUID vacancyId, String cursor, int limit) {
        access.visible(vacancyId);
        Instant afterAt = null;
        UUID afterId = null;
        if (cursor != null) {
            List<String> parts = PageCursor.decode(cursor, 2);
            try {
                afterAt = Instant.parse(parts.get(0));
                afterId = UUID.fromString(parts.get(1));
            } catch (RuntimeException e) {
                throw ProblemException.invalid("cursor", "is not a cursor returned by this list");
            }
        }
        return Page.of(referrals.list(vacancyId, afterAt, afterId, limit + 1), limit,
                r -> new Object[]{r.referredAt, r.id}, ReferralResponse::of);
    }
}
