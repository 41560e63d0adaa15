package kz.migration.acceptance;

import java.util.List;
import java.util.UUID;

import kz.migration.client.vacancy.api.ReferralsApi;
import kz.migration.client.vacancy.api.VacanciesApi;
import kz.migration.client.vacancy.model.EducationLevel;
import kz.migration.client.vacancy.model.Money;
import kz.migration.client.vacancy.model.OutcomeRequest;
import kz.migration.client.vacancy.model.ReferralOutcome;
import kz.migration.client.vacancy.model.ReferralRequest;
import kz.migration.client.vacancy.model.RejectionReason;
import kz.migration.client.vacancy.model.Requirements;
import kz.migration.client.vacancy.model.VacancyRequest;
import kz.migration.client.vacancy.model.WorkSchedule;

/** vacancy-service as the scenarios use it, through the generated client: every call to it goes through here. */
final class Vacancies {

    /** The operations' classes for one caller (each builds its own HTTP client, so they are kept per token). */
    private record Caller(VacanciesApi vacancies, ReferralsApi referrals) {
    }

    private final RegistryClients.PerToken<Caller> callers;
    private final RequestKeys keys;

    Vacancies(String baseUrl, RequestKeys keys) {
        this.callers = RegistryClients.vacancy(baseUrl,
                client -> new Caller(new VacanciesApi(client), new ReferralsApi(client)));
        this.keys = keys;
    }

    private Caller as(String token) {
        return callers.as(token);
    }

    Reply post(String employer, String occupationCode, String region, int positions, String salary) {
        VacancyRequest request = new VacancyRequest().title("Senior Java developer").occupationCode(occupationCode)
                .region(region).positions(positions).salary(new Money().amount(salary).currency("KZT"))
                .requirements(new Requirements().educationLevel(EducationLevel.HIGHER).experienceYears(3)
                        .languages(List.of("en", "kk")))
                .workSchedule(WorkSchedule.FULL_TIME);
        return ClientReplies.call(() -> as(employer).vacancies().postVacancyWithHttpInfo(request,
                keys.key("postVacancy", employer, request)));
    }

    Reply get(String token, String vacancyId) {
        return ClientReplies.call(() -> as(token).vacancies().getVacancyWithHttpInfo(UUID.fromString(vacancyId)));
    }

    Reply refer(String exchange, String vacancyId, String candidateIin) {
        ReferralRequest request = new ReferralRequest().candidateIin(candidateIin);
        return ClientReplies.call(() -> as(exchange).referrals().referCandidateWithHttpInfo(UUID.fromString(vacancyId),
                request, keys.key("referCandidate", exchange, request)));
    }

    Reply recordRejection(String employer, String vacancyId, String referralId, String reason) {
        OutcomeRequest request = new OutcomeRequest().outcome(ReferralOutcome.REJECTED)
                .rejectionReason(RejectionReason.fromValue(reason));
        return ClientReplies.call(() -> as(employer).referrals().recordReferralOutcomeWithHttpInfo(
                UUID.fromString(referralId), UUID.fromString(vacancyId), request));
    }
}
