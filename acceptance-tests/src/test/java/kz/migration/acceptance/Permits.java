package kz.migration.acceptance;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;

import kz.migration.client.permit.ApiException;
import kz.migration.client.permit.ApiResponse;
import kz.migration.client.permit.api.LabourImmigrantPermitsApi;
import kz.migration.client.permit.api.MfaDocumentChecksApi;
import kz.migration.client.permit.api.PermitApplicationsApi;
import kz.migration.client.permit.api.PermitRenewalsApi;
import kz.migration.client.permit.api.PermitsApi;
import kz.migration.client.permit.api.PublicVerificationApi;
import kz.migration.client.permit.model.CertificateKeySet;
import kz.migration.client.permit.model.CertificateRequest;
import kz.migration.client.permit.model.Decision;
import kz.migration.client.permit.model.DecisionRequest;
import kz.migration.client.permit.model.DocumentAnswerRequest;
import kz.migration.client.permit.model.DocumentVerificationStatus;
import kz.migration.client.permit.model.FeePaymentRequest;
import kz.migration.client.permit.model.Headcount;
import kz.migration.client.permit.model.InternalAffairsAnswer;
import kz.migration.client.permit.model.LabourImmigrantAgreementRequest;
import kz.migration.client.permit.model.LabourImmigrantDecisionRequest;
import kz.migration.client.permit.model.LabourImmigrantPermitRequest;
import kz.migration.client.permit.model.LabourImmigrantTaxPayment;
import kz.migration.client.permit.model.LabourImmigrantVerdict;
import kz.migration.client.permit.model.Money;
import kz.migration.client.permit.model.PermitApplicationRequest;
import kz.migration.client.permit.model.PermitCategory;
import kz.migration.client.permit.model.RevocationGround;
import kz.migration.client.permit.model.RevocationRequest;
import kz.migration.client.permit.model.StaffCount;
import kz.migration.client.permit.model.TaxResidency;
import kz.migration.client.permit.model.Worker;

/** permit-service as the scenarios use it, through the generated client: every call to it goes through here. */
final class Permits {

    /** An employer's application for one worker; the employer itself is the token's BIN. */
    record Application(String vacancyId, String region, String category, String occupationCode, String workerName,
            String citizenship, String passportNumber, LocalDate passportExpiry, String salary) {
    }

    /** A labour immigrant's permit request; the tax is stated by the registry and confirmed by the gateway. */
    record LabourImmigrant(String fullName, String citizenship, String passportNumber, LocalDate passportExpiry,
            String iin, String region, String occupationCode, int months, String taxResidency) {
    }

    /** A certificate as downloaded: its status and the PDF, or the problem+json answered instead. */
    record Certificate(int status, byte[] pdf, String problem) {

        @Override
        public String toString() {
            return "HTTP " + status + (pdf == null ? " " + problem : " PDF of " + pdf.length + " bytes");
        }
    }

    /** The operations' classes for one caller (each builds its own HTTP client, so they are kept per token). */
    private record Caller(PermitApplicationsApi applications, MfaDocumentChecksApi documentChecks,
            PermitsApi permits, PermitRenewalsApi renewals, LabourImmigrantPermitsApi labourImmigrants,
            PublicVerificationApi verification) {
    }

    private final RegistryClients.PerToken<Caller> callers;
    private final RequestKeys keys;

    Permits(String baseUrl, RequestKeys keys) {
        this.callers = RegistryClients.permit(baseUrl,
                client -> new Caller(new PermitApplicationsApi(client), new MfaDocumentChecksApi(client),
                        new PermitsApi(client), new PermitRenewalsApi(client), new LabourImmigrantPermitsApi(client),
                        new PublicVerificationApi(client)));
        this.keys = keys;
    }

    private Caller as(String token) {
        return callers.as(token);
    }

    Reply submit(String employer, Application a) {
        PermitApplicationRequest request = new PermitApplicationRequest().vacancyId(UUID.fromString(a.vacancyId()))
                .region(a.region()).category(PermitCategory.fromValue(a.category())).occupationCode(a.occupationCode())
                .termDays(365)
                .worker(new Worker().fullName(a.workerName()).citizenship(a.citizenship())
                        .passportNumber(a.passportNumber()).passportExpiry(a.passportExpiry())
                        .educationDocumentId("DIP-2019-42").educationCountry(a.citizenship())
                        .legalisationReference("APO-2024-1183"))
                .salary(kzt(a.salary()))
                .headcount(new Headcount().category1(staff(2, 0)).category2(staff(50, 1)).category3(staff(60, 2))
                        .category4(staff(60, 1)).intraCorporateTransfer(staff(2, 0)))
                .totalEmployees(180).smallBusiness(false);
        return ClientReplies.call(() -> as(employer).applications()
                .submitPermitApplicationWithHttpInfo(keys.key("submitPermitApplication", employer, request), request));
    }

    Reply application(String token, String applicationId) {
        return ClientReplies.call(
                () -> as(token).applications().getPermitApplicationWithHttpInfo(UUID.fromString(applicationId), null));
    }

    Reply withdraw(String employer, String applicationId) {
        return ClientReplies.call(() -> as(employer).applications()
                .withdrawPermitApplicationWithHttpInfo(UUID.fromString(applicationId)));
    }

    Reply history(String token, String applicationId) {
        return ClientReplies.call(
                () -> as(token).applications().permitApplicationHistoryWithHttpInfo(UUID.fromString(applicationId)));
    }

    /** The pending MFA check of one application, or null while permit-service has not requested it. */
    JsonNode pendingDocumentCheck(String mfa, String applicationId) {
        Reply page = ClientReplies.call(() -> as(mfa).documentChecks().listDocumentVerificationsWithHttpInfo(null, 200,
                DocumentVerificationStatus.PENDING));
        if (page.status() != 200) {
            throw new IllegalStateException("listing document checks: " + page);
        }
        for (JsonNode item : page.json().get("items")) {
            if (applicationId.equals(item.get("applicationId").asText())) {
                return item;
            }
        }
        return null;
    }

    Reply answerDocumentCheck(String mfa, String verificationId, String answer) {
        DocumentAnswerRequest request = new DocumentAnswerRequest()
                .answer(DocumentVerificationStatus.fromValue(answer));
        return ClientReplies.call(() -> as(mfa).documentChecks()
                .answerDocumentVerificationWithHttpInfo(UUID.fromString(verificationId), request));
    }

    Reply startReview(String officer, String applicationId) {
        return ClientReplies
                .call(() -> as(officer).applications().startReviewWithHttpInfo(UUID.fromString(applicationId)));
    }

    Reply approve(String officer, String applicationId) {
        return ClientReplies.call(() -> as(officer).applications().decidePermitApplicationWithHttpInfo(
                UUID.fromString(applicationId), new DecisionRequest().decision(Decision.APPROVE)));
    }

    /** What is due for an approved application: amount, due date and reference (404 no-fee-due when nothing is). */
    Reply fee(String token, String applicationId) {
        return ClientReplies
                .call(() -> as(token).applications().getPermitFeeWithHttpInfo(UUID.fromString(applicationId)));
    }

    /** The payment gateway's callback with the fee as permit-service stated it ({@code fee} of the view). */
    Reply payFee(String gateway, String applicationId, String paymentReference, JsonNode fee, Instant paidAt) {
        Money amount;
        try {
            amount = ClientReplies.JSON.treeToValue(fee, Money.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a fee: " + fee, e);
        }
        FeePaymentRequest request = new FeePaymentRequest().paymentReference(paymentReference).amount(amount)
                .paidAt(paidAt.atOffset(ZoneOffset.UTC));
        return ClientReplies.call(() -> as(gateway).applications()
                .confirmFeePaymentWithHttpInfo(UUID.fromString(applicationId), request));
    }

    Reply permit(String token, String permitNumber) {
        return ClientReplies.call(() -> as(token).permits().getPermitWithHttpInfo(permitNumber));
    }

    Reply revoke(String officer, String permitNumber, String ground, String reason) {
        RevocationRequest request = new RevocationRequest().ground(RevocationGround.fromValue(ground)).reason(reason);
        return ClientReplies.call(() -> as(officer).permits().revokePermitWithHttpInfo(permitNumber, request));
    }

    Reply applyForRenewal(String employer, String permitNumber) {
        return ClientReplies.call(() -> as(employer).permits().applyForRenewalWithHttpInfo(permitNumber,
                keys.key("applyForRenewal", employer, permitNumber)));
    }

    Reply renewal(String token, String renewalId) {
        return ClientReplies.call(() -> as(token).renewals().getRenewalWithHttpInfo(UUID.fromString(renewalId)));
    }

    Reply approveRenewal(String officer, String renewalId) {
        return ClientReplies.call(() -> as(officer).renewals().decideRenewalWithHttpInfo(UUID.fromString(renewalId),
                new DecisionRequest().decision(Decision.APPROVE)));
    }

    /** Filed by the body that decides on the day: the region's officer since 13 April 2026. */
    Reply requestLabourImmigrantPermit(String filer, LabourImmigrant p) {
        LabourImmigrantPermitRequest request = new LabourImmigrantPermitRequest().fullName(p.fullName())
                .citizenship(p.citizenship()).passportNumber(p.passportNumber()).passportExpiry(p.passportExpiry())
                .iin(p.iin()).region(p.region()).occupationCode(p.occupationCode()).months(p.months())
                .taxResidency(TaxResidency.fromValue(p.taxResidency()));
        return ClientReplies.call(() -> as(filer).labourImmigrants().requestLabourImmigrantPermitWithHttpInfo(request,
                keys.key("requestLabourImmigrantPermit", filer, request)));
    }

    /** The internal affairs bodies agree to a request filed with the local executive body. */
    Reply agreeLabourImmigrantPermit(String police, String requestId) {
        return ClientReplies.call(() -> as(police).labourImmigrants().answerLabourImmigrantPermitAgreementWithHttpInfo(
                UUID.fromString(requestId), new LabourImmigrantAgreementRequest().answer(InternalAffairsAnswer.AGREE)));
    }

    /** The region's local executive body approves: the tax falls due. */
    Reply approveLabourImmigrantPermit(String officer, String requestId) {
        return ClientReplies.call(() -> as(officer).labourImmigrants().decideLabourImmigrantPermitWithHttpInfo(
                UUID.fromString(requestId),
                new LabourImmigrantDecisionRequest().decision(LabourImmigrantVerdict.APPROVE)));
    }

    /** The payment gateway confirms the tax as permit-service stated it ({@code taxDue} of the view). */
    Reply payLabourImmigrantTax(String gateway, JsonNode taxDue, String paymentReference, Instant paidAt) {
        Money amount;
        try {
            amount = ClientReplies.JSON.treeToValue(taxDue.get("amount"), Money.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a tax due: " + taxDue, e);
        }
        LabourImmigrantTaxPayment payment = new LabourImmigrantTaxPayment().paymentReference(paymentReference)
                .amount(amount).paidAt(paidAt.atOffset(ZoneOffset.UTC));
        return ClientReplies.call(() -> as(gateway).labourImmigrants().confirmLabourImmigrantTaxPaymentWithHttpInfo(
                taxDue.get("reference").asText(), payment));
    }

    /** The filing body follows its request by the id it answered. */
    Reply labourImmigrantRequest(String police, String requestId) {
        return ClientReplies.call(() -> as(police).labourImmigrants()
                .getLabourImmigrantPermitRequestWithHttpInfo(UUID.fromString(requestId)));
    }

    Reply labourImmigrantPermit(String permitNumber, String document) {
        return ClientReplies.call(
                () -> callers.withoutToken().labourImmigrants().getLabourImmigrantPermitWithHttpInfo(permitNumber,
                        document));
    }

    Reply publicStatus(String permitNumber, String document) {
        return ClientReplies
                .call(() -> callers.withoutToken().verification().verifyPermitWithHttpInfo(permitNumber, document));
    }

    /** The employer's certificate of its own permit. */
    Certificate certificate(String employer, String permitNumber) {
        return download(() -> as(employer).permits().getPermitCertificateWithHttpInfo(permitNumber));
    }

    /** The certificate as its holder (or the police) asks for it: no token, the passport number in the body. */
    Certificate holderCertificate(String permitNumber, String document) {
        CertificateRequest request = new CertificateRequest().permitNumber(permitNumber).passportNumber(document);
        return download(
                () -> callers.withoutToken().verification().getPermitCertificateAsHolderWithHttpInfo(request));
    }

    /** The published keys that verify certificates, as the JWK set's JSON (no token). */
    String certificateKeys() {
        try {
            CertificateKeySet keys = callers.withoutToken().verification().getPermitCertificateKeys();
            return ClientReplies.JSON.copy().setSerializationInclusion(JsonInclude.Include.NON_NULL)
                    .writeValueAsString(keys);
        } catch (ApiException | JsonProcessingException e) {
            throw new IllegalStateException("fetching the certificate keys", e);
        }
    }

    /** The generated client saves a PDF to a temporary file: read it and remove the file. */
    private static Certificate download(Callable<ApiResponse<File>> call) {
        try {
            ApiResponse<File> response = call.call();
            File file = response.getData();
            try {
                return new Certificate(response.getStatusCode(), Files.readAllBytes(file.toPath()), null);
            } finally {
                Files.deleteIfExists(file.toPath());
            }
        } catch (ApiException e) {
            if (e.getCode() == 0) {
                throw new IllegalStateException("no answer: " + e.getMessage(), e);
            }
            return new Certificate(e.getCode(), null, e.getResponseBody());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Money kzt(String amount) {
        return new Money().amount(new BigDecimal(amount)).currency("KZT");
    }

    private static StaffCount staff(int citizens, int foreigners) {
        return new StaffCount().citizens(citizens).foreigners(foreigners);
    }
}
