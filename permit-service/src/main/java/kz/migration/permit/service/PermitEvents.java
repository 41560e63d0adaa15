package kz.migration.permit.service;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.event.permit.PermitApproved;
import kz.migration.common.event.permit.PermitFeeDue;
import kz.migration.common.event.permit.PermitIssued;
import kz.migration.common.event.permit.PermitRefused;
import kz.migration.common.event.permit.PermitReviewStarted;
import kz.migration.common.outbox.Outbox;
import kz.migration.permit.domain.PermitApplication;
import kz.migration.permit.domain.StateFee;

/**
 * The events of an employer application, written to the outbox in the caller's transaction and keyed by the
 * application so that one application's events stay in order.
 */
@ApplicationScoped
public class PermitEvents {

    static final String PURPOSE_NEW = "NEW";
    static final String KIND_EMPLOYER = "EMPLOYER";

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void reviewStarted(PermitApplication a, String officer) {
        outbox.append(a.id.toString(), new PermitReviewStarted(a.id, a.employerBin, a.region, a.category.name(),
                a.reviewDeadline, officer, clock.instant()));
    }

    /** Asks quota-service for a unit of the quota year. */
    public void approved(PermitApplication a) {
        outbox.append(a.id.toString(), new PermitApproved(a.reservationId, a.id, PURPOSE_NEW, a.employerBin,
                a.region, a.category.name(), a.quotaYear, a.workerCitizenship, a.occupationCode, clock.instant()));
    }

    public void feeDue(PermitApplication a) {
        outbox.append(a.id.toString(), new PermitFeeDue(a.id, a.reservationId, a.employerBin, a.region,
                a.category.name(), a.yearOrZero(), a.feeAmount, StateFee.CURRENCY, a.feeDue, a.feeReference(),
                clock.instant()));
    }

    public void issued(PermitApplication a) {
        Instant now = clock.instant();
        outbox.append(a.id.toString(), new PermitIssued(a.permitNumber, a.reservationId, a.id, a.vacancyId,
                KIND_EMPLOYER, a.employerBin, a.region, a.category.name(), a.occupationCode, a.workerCitizenship,
                a.workerPassportNumber, a.validFrom, a.validTo, a.yearOrZero(), a.salary, now, a.statisticsSex()));
    }

    /** A refusal never holds a unit: officers refuse before approval and a quota rejection reserved nothing. */
    public void refused(PermitApplication a) {
        outbox.append(a.id.toString(), new PermitRefused(a.id, null, a.employerBin, a.region, a.category.name(),
                a.yearOrZero(), a.grounds().stream().map(Enum::name).toList(), clock.instant()));
    }
}
