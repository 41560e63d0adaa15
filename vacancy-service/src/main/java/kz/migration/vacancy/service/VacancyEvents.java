package kz.migration.vacancy.service;

import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.event.vacancy.CandidateHired;
import kz.migration.common.event.vacancy.LabourMarketTestPassed;
import kz.migration.common.event.vacancy.ReferralOutcomeOverdue;
import kz.migration.common.event.vacancy.VacancyChanged;
import kz.migration.common.event.vacancy.VacancyClosed;
import kz.migration.common.event.vacancy.VacancyPosted;
import kz.migration.common.outbox.Outbox;
import kz.migration.vacancy.domain.ChangeReason;
import kz.migration.vacancy.domain.Referral;
import kz.migration.vacancy.domain.Vacancy;

/**
 * The vacancy service's events, written to the outbox in the caller's transaction and keyed by the vacancy id, so
 * that one vacancy's events stay in order.
 */
@ApplicationScoped
public class VacancyEvents {

    @Inject
    Outbox outbox;

    void posted(Vacancy v) {
        outbox.append(v.id.toString(), new VacancyPosted(v.id, v.employerBin, v.region, v.occupationCode, v.positions,
                v.salary, v.postedOn, v.foreignLabourAllowedFrom));
    }

    void changed(Vacancy v, List<ChangeReason> reasons) {
        outbox.append(v.id.toString(), new VacancyChanged(v.id, v.employerBin, v.region, v.occupationCode,
                v.openPositions, v.salary, !reasons.isEmpty(), reasons.stream().map(Enum::name).toList(),
                v.foreignLabourAllowedFrom));
    }

    void closed(Vacancy v) {
        outbox.append(v.id.toString(),
                new VacancyClosed(v.id, v.employerBin, v.region, v.closeReason.name(), v.closedAt));
    }

    void candidateHired(Vacancy v, Referral referral, Instant at) {
        outbox.append(v.id.toString(),
                new CandidateHired(v.id, referral.id, v.employerBin, v.region, v.openPositions, at));
    }

    void labourMarketTestPassed(Vacancy v) {
        outbox.append(v.id.toString(), new LabourMarketTestPassed(v.id, v.employerBin, v.region, v.occupationCode,
                v.passedPositions, v.salary, v.testPassedAt));
    }

    void referralOutcomeOverdue(Vacancy v, Referral referral, Instant at) {
        outbox.append(v.id.toString(), new ReferralOutcomeOverdue(v.id, referral.id, v.employerBin, v.region,
                referral.referredAt, referral.outcomeDueOn, at));
    }
}
