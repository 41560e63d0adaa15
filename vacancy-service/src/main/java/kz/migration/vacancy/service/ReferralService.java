package kz.migration.vacancy.service;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.hibernate.exception.ConstraintViolationException;

import kz.migration.common.audit.Audited;
import kz.migration.common.event.vacancy.CandidateHired;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.outbox.Outbox;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.common.web.PageCursor;
import kz.migration.vacancy.api.EmployerFlag;
import kz.migration.vacancy.api.OutcomeRequest;
import kz.migration.vacancy.api.ReferralRequest;
import kz.migration.vacancy.api.ReferralResponse;
import kz.migration.vacancy.config.VacancyConfig;
import kz.migration.vacancy.domain.Referral;
import kz.migration.vacancy.domain.ReferralOutcome;
import kz.migration.vacancy.domain.Vacancy;
import kz.migration.vacancy.domain.VacancyProblems;
import kz.migration.vacancy.domain.VacancyStatus;
import kz.migration.vacancy.repository.ReferralRepository;
import kz.migration.vacancy.repository.VacancyRepository;

/** Referrals of citizens by the labour exchange, their outcomes, and the employers flagged for rejecting them. */
@ApplicationScoped
public class ReferralService {

    static final String WHAT = "Referral";

    @Inject
    ReferralRepository referrals;

    @Inject
    VacancyRepository vacancies;

    @Inject
    VacancyService vacancyService;

    @Inject
    VacancyConfig config;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Outbox outbox;

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
            Vacancy vacancy = vacancyService.visible(vacancyId);
            if (vacancy.status != VacancyStatus.OPEN) {
                throw new ProblemException(VacancyProblems.VACANCY_NOT_OPEN,
                        "Vacancy " + vacancyId + " is " + vacancy.status + "; citizens are referred to open vacancies");
            }
            if (referrals.exists(vacancyId, request.candidateIin())) {
                throw alreadyReferred(vacancyId);
            }
            Referral referral = Referral.of(UUID.randomUUID(), vacancyId, request.candidateIin(), caller.subject(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            referral.comment = request.comment();
            try {
                referrals.persist(referral);
                referrals.flush();
            } catch (PersistenceException e) {
                // a concurrent referral of the same citizen won the unique key between our check and insert
                if (e instanceof ConstraintViolationException || e.getCause() instanceof ConstraintViolationException) {
                    throw alreadyReferred(vacancyId);
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
        boolean rejected = request.outcome() == ReferralOutcome.REJECTED;
        if (rejected && request.rejectionReason() == null) {
            throw ProblemException.invalid("rejectionReason", "is required when the outcome is REJECTED");
        }
        if (!rejected && request.rejectionReason() != null) {
            throw ProblemException.invalid("rejectionReason", "is only given when the outcome is REJECTED");
        }
        boolean hired = request.outcome() == ReferralOutcome.HIRED;
        if (hired) {
            // Lock before reading: the row lock serialises hires of one vacancy, so open positions never go below 0.
            vacancies.findForUpdate(vacancyId);
        }
        Vacancy vacancy = vacancyService.visible(vacancyId);
        Referral referral = referrals.findByIdOptional(referralId).filter(r -> r.vacancyId.equals(vacancyId))
                .orElseThrow(() -> ProblemException.notFound(WHAT, referralId));
        Instant now = clock.instant();
        referral.record(request.outcome(), request.rejectionReason(), request.comment(), caller.subject(), now);
        if (hired) {
            boolean closed = vacancy.hireCitizen(now);
            outbox.append(vacancy.id.toString(), new CandidateHired(vacancy.id, referral.id, vacancy.employerBin,
                    vacancy.region, vacancy.openPositions, now));
            if (closed) {
                vacancyService.appendClosed(vacancy);
            }
        }
        referrals.flush();
        return ReferralResponse.of(referral);
    }

    @Transactional
    @Audited(value = "referral.list", read = true)
    public Page<ReferralResponse> list(UUID vacancyId, String cursor, int limit) {
        vacancyService.visible(vacancyId);
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

    /** Employers over the unjustified-rejection share; officers see those of their region only. */
    @Transactional
    public Page<EmployerFlag> flags(String cursor, int limit) {
        String region = caller.is(Roles.OFFICER) ? caller.officerRegion() : null;
        String afterBin = null;
        String afterRegion = null;
        if (cursor != null) {
            List<String> parts = PageCursor.decode(cursor, 2);
            afterBin = parts.get(0);
            afterRegion = parts.get(1);
        }
        VacancyConfig.Referrals rules = config.referrals();
        List<EmployerFlag> rows = referrals.flagged(region, rules.unjustifiedRejectionShare(),
                rules.minimumDecidedReferrals(), afterBin, afterRegion, limit + 1);
        return Page.of(rows, limit, f -> new Object[]{f.employerBin(), f.region()}, f -> f);
    }

    private static ProblemException alreadyReferred(UUID vacancyId) {
        return new ProblemException(VacancyProblems.CANDIDATE_ALREADY_REFERRED,
                "This citizen was already referred to vacancy " + vacancyId);
    }
}
