package kz.migration.inspection.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import kz.migration.common.audit.Audited;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;
import kz.migration.common.security.Caller;
import kz.migration.inspection.api.AdvocateGrievanceRequest;
import kz.migration.inspection.api.CaseFollowRequest;
import kz.migration.inspection.api.CaseProgress;
import kz.migration.inspection.api.GrievanceReceipt;
import kz.migration.inspection.api.GrievanceRequest;
import kz.migration.inspection.config.CaseTokenSecret;
import kz.migration.inspection.domain.CaseDeadlines;
import kz.migration.inspection.domain.CaseNumber;
import kz.migration.inspection.domain.CaseSource;
import kz.migration.inspection.domain.CaseToken;
import kz.migration.inspection.domain.GrievanceFiling;
import kz.migration.inspection.domain.InspectionCase;
import kz.migration.inspection.domain.TerminationHold;
import kz.migration.inspection.domain.WorkerEmployment;
import kz.migration.inspection.repository.CaseRepository;

/**
 * Filing a grievance (the worker without an account, or an advocate) and following it with the case token. A filing
 * places a termination hold in the same transaction when its kind calls for one.
 */
@ApplicationScoped
public class GrievanceService {

    @Inject
    CaseRepository cases;

    @Inject
    WorkerEmployments employments;

    @Inject
    InspectionEvents events;

    @Inject
    CaseDeadlines deadlines;

    @Inject
    CaseTokenSecret secret;

    @Inject
    IdempotencyKeys idempotencyKeys;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    /** A worker's filing; the Idempotency-Key is required, so a retry never files twice. */
    @Transactional
    @Audited("grievance.file")
    public IdempotencyKeys.Outcome<GrievanceReceipt> fileAsWorker(GrievanceRequest request, String idempotencyKey) {
        IdempotencyKeys.Outcome<GrievanceReceipt> outcome = idempotencyKeys.onceRequired("grievance.file:worker",
                idempotencyKey, request, GrievanceReceipt.class, () -> file(
                        employments.identify(request.contractNumber(), request.permitNumber(),
                                request.passportNumber()),
                        request.filing(), CaseSource.WORKER));
        return withToken(outcome);
    }

    /** An advocate's filing on a worker's behalf, with the worker's consent reference. */
    @Transactional
    @Audited("grievance.file")
    public IdempotencyKeys.Outcome<GrievanceReceipt> fileAsAdvocate(AdvocateGrievanceRequest request,
            String idempotencyKey) {
        String advocate = caller.subject();
        IdempotencyKeys.Outcome<GrievanceReceipt> outcome = idempotencyKeys.onceRequired(
                "grievance.file:advocate:" + advocate, idempotencyKey, request, GrievanceReceipt.class,
                () -> file(employments.identify(request.contractNumber(), request.permitNumber(),
                        request.passportNumber()), request.filing(advocate), CaseSource.ADVOCATE));
        return withToken(outcome);
    }

    /** The case's progress for whoever holds its number and token; any mismatch is 404, as for no such case. */
    @Transactional
    @Audited(value = "grievance.follow", read = true, idFrom = "caseNumber")
    public CaseProgress follow(CaseFollowRequest request) {
        InspectionCase c = cases.byCaseNumber(request.caseNumber())
                .filter(found -> CaseToken.matches(request.caseToken(), found.tokenHash)).orElseThrow(
                        () -> new ProblemException(ProblemType.NOT_FOUND, "No case with this number and token"));
        String hold = cases.hold(c.id).map(h -> h.inForce() ? "IN_FORCE" : "LIFTED").orElse("NONE");
        return new CaseProgress(c.caseNumber, c.kind, c.status, c.receivedOn, c.dueOn, c.knownToEmployer(),
                c.decidedAt == null ? null : LocalDate.ofInstant(c.decidedAt, clock.getZone()), c.legalGround, hold);
    }

    /** Files the case; the receipt it returns carries no token (what the idempotency record keeps). */
    private GrievanceReceipt file(WorkerEmployment employment, GrievanceFiling filing, CaseSource source) {
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        UUID id = UUID.randomUUID();
        InspectionCase c = InspectionCase.file(id, CaseNumber.of(today.getYear(), cases.nextSequence()), source,
                employment, filing, now, today, deadlines);
        c.tokenHash = CaseToken.hash(CaseToken.issue(secret.bytes(), id));
        cases.persist(c);
        TerminationHold hold = TerminationHold.placeFor(UUID.randomUUID(), c, now);
        if (hold != null) {
            cases.persistHold(hold);
            events.holdPlaced(hold);
        }
        cases.flush();
        return new GrievanceReceipt(c.caseNumber, null, c.status, c.receivedOn, c.dueOn);
    }

    /** The token again from the case id: never stored, so a replayed filing can still show it. */
    private IdempotencyKeys.Outcome<GrievanceReceipt> withToken(IdempotencyKeys.Outcome<GrievanceReceipt> outcome) {
        InspectionCase c = cases.byCaseNumber(outcome.result().caseNumber()).orElseThrow();
        return new IdempotencyKeys.Outcome<>(outcome.result().withToken(CaseToken.issue(secret.bytes(), c.id)),
                outcome.replayed());
    }
}
