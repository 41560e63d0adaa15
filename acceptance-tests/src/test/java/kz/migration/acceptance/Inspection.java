package kz.migration.acceptance;

import java.time.LocalDate;
import java.util.UUID;

import kz.migration.client.inspection.api.CasesApi;
import kz.migration.client.inspection.api.PublicGrievancesApi;
import kz.migration.client.inspection.api.WageProtectionApi;
import kz.migration.client.inspection.model.CaseFollowRequest;
import kz.migration.client.inspection.model.CaseOutcome;
import kz.migration.client.inspection.model.FindingRequest;
import kz.migration.client.inspection.model.GrievanceKind;
import kz.migration.client.inspection.model.GrievanceRequest;
import kz.migration.client.inspection.model.LegalGround;
import kz.migration.client.inspection.model.WagePaymentRequest;

/** inspection-service as the scenarios use it, through the generated client: every call goes through here. */
final class Inspection {

    /** The operations' classes for one caller (each builds its own HTTP client, so they are kept per token). */
    private record Caller(PublicGrievancesApi grievances, CasesApi cases, WageProtectionApi wages) {
    }

    private final RegistryClients.PerToken<Caller> callers;
    private final RequestKeys keys;

    Inspection(String baseUrl, RequestKeys keys) {
        this.callers = RegistryClients.inspection(baseUrl, client -> new Caller(new PublicGrievancesApi(client),
                new CasesApi(client), new WageProtectionApi(client)));
        this.keys = keys;
    }

    /** The worker files without an account: contract number and passport, the kind and what happened. */
    Reply fileGrievance(String contractNumber, String passportNumber, String kind, String description) {
        GrievanceRequest request = new GrievanceRequest().contractNumber(contractNumber)
                .passportNumber(passportNumber).kind(GrievanceKind.fromValue(kind)).description(description)
                .preferredLanguage("ky");
        return ClientReplies.call(() -> callers.withoutToken().grievances()
                .fileGrievanceWithHttpInfo(request, keys.key("fileGrievance", null, request)));
    }

    /** The worker follows the case with its number and secret token. */
    Reply follow(String caseNumber, String caseToken) {
        CaseFollowRequest request = new CaseFollowRequest().caseNumber(caseNumber).caseToken(caseToken);
        return ClientReplies.call(() -> callers.withoutToken().grievances().followGrievanceWithHttpInfo(request));
    }

    /** The region's queue as its inspector sees it, filtered by kind. */
    Reply queue(String inspector, String kind) {
        return ClientReplies.call(() -> as(inspector).cases().listCasesWithHttpInfo(null, kind, 200, null, null));
    }

    Reply openInspection(String inspector, String caseId) {
        return ClientReplies.call(() -> as(inspector).cases().openInspectionWithHttpInfo(UUID.fromString(caseId)));
    }

    Reply confirmViolation(String inspector, String caseId, String legalGround, String note) {
        FindingRequest request = new FindingRequest().outcome(CaseOutcome.VIOLATION_CONFIRMED)
                .legalGround(LegalGround.fromValue(legalGround)).note(note);
        return ClientReplies.call(
                () -> as(inspector).cases().recordFindingWithHttpInfo(UUID.fromString(caseId), request));
    }

    /** The payment gateway reports one salary payment for a contract and month. */
    Reply reportWage(String gateway, String reference, String contractNumber, String period, String amount,
            LocalDate paidOn) {
        WagePaymentRequest request = new WagePaymentRequest().paymentReference(reference)
                .contractNumber(contractNumber).period(period).amount(amount).currency("KZT").paidOn(paidOn);
        return ClientReplies.call(() -> as(gateway).wages().reportWagePaymentWithHttpInfo(request));
    }

    private Caller as(String token) {
        return callers.as(token);
    }
}
