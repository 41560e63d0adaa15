package kz.migration.permit.resource;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.smallrye.common.annotation.Blocking;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.identifier.Bin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.permit.api.DecisionRequest;
import kz.migration.permit.api.FeeDue;
import kz.migration.permit.api.FeePaymentRequest;
import kz.migration.permit.api.PermitApplicationRequest;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.api.TransitionView;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.service.PermitApplicationQueries;
import kz.migration.permit.service.PermitFeeService;
import kz.migration.permit.service.PermitReviewService;
import kz.migration.permit.service.PermitSubmissionService;
import kz.migration.permit.service.SagaWaits;

@Path("/api/v1/permit-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permit applications", description = "Employer applications from registration to the issued permit")
public class PermitApplicationResource {

    static final String APPLICATION_EXAMPLE = """
            {"id":"0b6f8a52-3c1e-4a8e-9a55-2f3e1c9d7a10","status":"SUBMITTED","employerBin":"123456789021",
             "region":"750000000","category":"CATEGORY_3","occupationCode":"2512",
             "vacancyId":"5a0d2c44-1b7e-4f0e-8d4a-6c1f2e3b4a59","termDays":365,"startDate":"2027-01-11",
             "worker":{"fullName":"Arjun Mehta","citizenship":"IN","passportNumber":"Z7512345",
                       "passportExpiry":"2030-05-01","educationDocumentId":"DIP-2019-00042","educationCountry":"IN",
                       "legalisationReference":"APO-77-2024-1183"},
             "salary":{"amount":"650000.00","currency":"KZT"},"receivedOn":"2026-12-11","reviewDeadline":"2026-12-22",
             "documentCheck":"PENDING","refusalGrounds":[],"renewalCount":0,"version":0}""";
    static final String REFUSED_SUBMISSION = """
            {"type":"https://registry.migration.gov.kz/problems/eaeu-citizen-needs-no-permit","status":422,
             "title":"Citizens of EAEU member states work without a work permit and outside the quota",
             "detail":"2 findings: the worker is a citizen of KG, a member state of the Eurasian Economic Union: under art. 97 of the EAEU Treaty such citizens work in Kazakhstan without a permit to hire foreign labour and outside the quota. No permit is issued and no quota unit is used; the employer registers the labour contract directly with the contract registry (within 5 working days of signing); The salary 450000.00 is below the vacancy's 500000.00",
             "citizenship":"KG",
             "findings":[
              {"rule":"permit.eaeu.no-permit","ground":"EAEU_CITIZEN_NEEDS_NO_PERMIT",
               "type":"https://registry.migration.gov.kz/problems/eaeu-citizen-needs-no-permit",
               "title":"Citizens of EAEU member states work without a work permit and outside the quota",
               "detail":"the worker is a citizen of KG, a member state of the Eurasian Economic Union: ...",
               "citizenship":"KG"},
              {"rule":"permit.labour-market-test.vacancy-match","ground":"SALARY_BELOW_VACANCY",
               "type":"https://registry.migration.gov.kz/problems/salary-below-vacancy",
               "title":"Salary is below the salary of the vacancy",
               "detail":"The salary 450000.00 is below the vacancy's 500000.00","vacancySalary":"500000.00"}]}""";
    static final String PROBLEM_409 = """
            {"type":"https://registry.migration.gov.kz/problems/state-conflict","title":"Not allowed in the current state",
             "status":409,"detail":"An application in status ISSUED cannot move to WITHDRAWN","currentStatus":"ISSUED",
             "requestedStatus":"WITHDRAWN"}""";

    @Inject
    PermitSubmissionService submissions;

    @Inject
    PermitReviewService reviews;

    @Inject
    PermitFeeService fees;

    @Inject
    PermitApplicationQueries queries;

    @Inject
    SagaWaits waits;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "submitPermitApplication", summary = "Apply for a permit", description = "Role employer, for its own BIN. Requires an Idempotency-Key (428 without it): the same "
            + "key and body answer the first result, another body is 409. Checks, each a rule of docs/rules.md: "
            + "the worker is no EAEU citizen (they need no permit: EAEU Treaty art. 97), the term suits the "
            + "category, the requested startDate lies from today to 180 days ahead (today when absent), the "
            + "passport is valid through the term from that date, the employer is not banned, the vacancy's "
            + "labour-market test passed (same employer, region and occupation, a free position, a salary not "
            + "below the vacancy's, no live application for the worker) and the declared staff is consistent "
            + "with the registry's permits of the employer (foreign workers are counted from those permits). "
            + "A refusal registers nothing and is one 422 whose type is the first finding's and whose findings "
            + "list every finding with its rule, ground, type and detail. Registered, the application is to be "
            + "decided within 6 working days and the MFA is asked to check the education document.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = PermitApplicationView.class), examples = @ExampleObject(name = "submitted", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier request with the same Idempotency-Key", content = @Content(schema = @Schema(implementation = PermitApplicationView.class)))
    @APIResponse(responseCode = "428", description = "idempotency-key-required: no Idempotency-Key header", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "no key", value = """
            {"type":"https://registry.migration.gov.kz/problems/idempotency-key-required","status":428,
             "title":"Idempotency-Key header required",
             "detail":"This request changes the registry in a way a blind retry would repeat; send an Idempotency-Key header (1-128 characters of A-Z a-z 0-9 . _ : -), the same one on every retry"}""")))
    @APIResponse(responseCode = "422", description = "Rule refusal, typed by its first finding: eaeu-citizen-needs-no-permit, "
            + "term-not-allowed, start-date-not-allowed, passport-expires-during-term, employer-banned, "
            + "no-labour-market-test, vacancy-mismatch, salary-below-vacancy, worker-already-applied, "
            + "vacancy-positions-used, headcount-inconsistent; findings lists every one", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {
                    @ExampleObject(name = "findings", value = REFUSED_SUBMISSION),
                    @ExampleObject(name = "banned", value = """
                            {"type":"https://registry.migration.gov.kz/problems/employer-banned","status":422,
                             "title":"The employer is banned after a permit revocation",
                             "detail":"employer is banned through 2027-11-22 after permit WP-2026-000017 was revoked (FORGED_DOCUMENTS: documents of the application were forged)",
                             "bannedUntil":"2027-11-22","revokedPermit":"WP-2026-000017","revocationGround":"FORGED_DOCUMENTS",
                             "findings":[{"rule":"permit.ban.twelve-months","ground":"EMPLOYER_BANNED",
                               "type":"https://registry.migration.gov.kz/problems/employer-banned",
                               "title":"The employer is banned after a permit revocation",
                               "detail":"employer is banned through 2027-11-22 after permit WP-2026-000017 was revoked (FORGED_DOCUMENTS: documents of the application were forged)",
                               "bannedUntil":"2027-11-22","revokedPermit":"WP-2026-000017","revocationGround":"FORGED_DOCUMENTS"}]}""")}))
    public Response submit(
            @Parameter(required = true, description = "Required (428 idempotency-key-required without it): unique per intended application, 1-128 of A-Z a-z 0-9 . _ : -; a retry with the same key and body answers the first result, the same key with another body is 409 idempotency-key-reused.") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid PermitApplicationRequest request) {
        IdempotencyKeys.Outcome<PermitApplicationView> outcome = submissions.submit(request, idempotencyKey);
        if (outcome.replayed()) {
            return Response.ok(outcome.result()).build();
        }
        return Response.status(Response.Status.CREATED).entity(outcome.result())
                .location(java.net.URI.create("/api/v1/permit-applications/" + outcome.result().id()))
                .tag(Long.toString(outcome.result().version())).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listPermitApplications", summary = "List applications and permits", description = "Roles employer (own only), officer (own region only), ministry and auditor (all). "
            + "Sorted by review deadline; cursor pagination.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<PermitApplicationView> list(@QueryParam("status") PermitStatus status,
            @QueryParam("category") PermitCategory category, @QueryParam("region") @Kato String region,
            @QueryParam("employerBin") @Bin String employerBin, @QueryParam("vacancyId") UUID vacancyId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return queries.list(new PermitApplicationRepository.Filter(status, category, region, employerBin, vacancyId),
                cursor, limit);
    }

    @GET
    @Path("/review-queue")
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "reviewQueue", summary = "The officer's queue", description = "Role officer: undecided applications (SUBMITTED, UNDER_REVIEW) of the officer's region, "
            + "nearest review deadline first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<PermitApplicationView> queue(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return queries.queue(cursor, limit);
    }

    @GET
    @Path("/overdue")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "overdueApplications", summary = "Applications past their review deadline", description = "Roles ministry and auditor: undecided applications whose 6-working-day deadline has "
            + "passed, across regions or for one region.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<PermitApplicationView> overdue(@QueryParam("region") @Kato String region,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return queries.overdue(region, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getPermitApplication", summary = "One application", description = "Roles employer (own), officer (own region), ministry, auditor. Another owner's "
            + "application is 404.")
    @APIResponse(responseCode = "200", description = "The application; after a honoured Prefer wait, "
            + "Preference-Applied says so", content = @Content(schema = @Schema(implementation = PermitApplicationView.class), examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)), headers = @Header(name = PreferWait.PREFERENCE_APPLIED, description = "wait=N: the request was held (at most N seconds) until quota-service answered", schema = @Schema(type = SchemaType.STRING, example = "wait=10")))
    @Blocking
    public CompletionStage<Response> get(@PathParam("id") UUID id,
            @Parameter(description = "RFC 7240. wait=N (seconds, at most 20): while the application is APPROVED, "
                    + "i.e. quota-service has not answered yet, the answer is held until it leaves APPROVED "
                    + "(AWAITING_FEE, ISSUED, REFUSED or WITHDRAWN) or N seconds pass, and then is the application "
                    + "as it stands, with Preference-Applied: wait=N. In any other status it answers at once. "
                    + "Instead of asking again and again for the saga's answer.", example = "wait=10") @HeaderParam(PreferWait.PREFER) String prefer) {
        PermitApplicationView view = queries.get(id);
        Optional<Duration> wait = PreferWait.of(prefer);
        if (wait.isEmpty() || view.status() != PermitStatus.APPROVED) {
            return CompletableFuture.completedFuture(current(view).build());
        }
        String applied = "wait=" + waits.honoured(wait.get()).toSeconds();
        return waits.untilAnswered(view, wait.get())
                .thenApply(answer -> current(answer).header(PreferWait.PREFERENCE_APPLIED, applied).build());
    }

    private static Response.ResponseBuilder current(PermitApplicationView view) {
        return Response.ok(view).tag(Long.toString(view.version()));
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "permitApplicationHistory", summary = "Every transition of an application", description = "Same access as the application: who moved it, in which role, when and why.")
    @APIResponse(responseCode = "200", description = "Transitions, oldest first", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TransitionView.class), examples = @ExampleObject(name = "history", value = """
            [{"from":null,"to":"SUBMITTED","actor":"employer-123456789021","actorRole":"employer",
              "at":"2026-12-11T04:00:00Z","reason":"application registered"}]""")))
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return queries.history(id);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "startReview", summary = "Take an application for review", description = "Role officer of the application's region: SUBMITTED → UNDER_REVIEW. Emits "
            + "PermitReviewStarted with the review deadline.")
    @APIResponse(responseCode = "200", description = "Under review")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "conflict", value = PROBLEM_409)))
    public PermitApplicationView startReview(@PathParam("id") UUID id) {
        return reviews.startReview(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/decision")
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "decidePermitApplication", summary = "Approve or refuse", description = "Role officer of the region, on an application UNDER_REVIEW. REFUSE needs grounds from "
            + "the fixed list. APPROVE needs the MFA's answer (422 document-check-pending before it) and "
            + "runs the automatic checks first (EAEU citizen, MFA rejection, labour-market test, employer "
            + "ban, passport through the term, local content with the foreign workers the registry counts); "
            + "any finding refuses the application on its ground. A clean approval assesses the state fee "
            + "(MCI by category, seasonal by term, at the approval year's MCI) and asks quota-service for a "
            + "unit of the quota year, the year the permit starts (PermitApproved); an intra-corporate "
            + "transfer, outside the quota and without fee, is issued at once (PermitIssued).")
    @APIResponse(responseCode = "200", description = "APPROVED, ISSUED (a transfer) or REFUSED", content = @Content(schema = @Schema(implementation = PermitApplicationView.class), examples = @ExampleObject(name = "refused", value = """
            {"status":"REFUSED","refusalGrounds":["LOCAL_CONTENT_BREACH"]}""")))
    @APIResponse(responseCode = "409", description = "Not under review", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "document-check-pending", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "reference-data-missing: no MCI or fee schedule for the approval date", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PermitApplicationView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return reviews.decide(id, request);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "withdrawPermitApplication", summary = "Withdraw before issue", description = "Role employer, own application, any time before the permit is issued. Releases a "
            + "reserved quota unit (PermitWithdrawn).")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already issued or closed", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "conflict", value = PROBLEM_409)))
    public PermitApplicationView withdraw(@PathParam("id") UUID id) {
        return submissions.withdraw(id);
    }

    @GET
    @Path("/{id}/fee")
    @RolesAllowed({Roles.PAYMENT_GATEWAY, Roles.EMPLOYER})
    @Operation(operationId = "getPermitFee", summary = "What is due", description = "Roles payment-gateway and employer (own application): the state fee of an approved "
            + "application, its currency, due date and the payment reference to pay under, and the "
            + "application's status (payable while AWAITING_FEE). The fee is assessed on approval; an "
            + "application not yet approved, or an intra-corporate transfer (no fee), answers 404 no-fee-due. "
            + "PermitFeeDue carries the same when the fee falls due.")
    @APIResponse(responseCode = "200", description = "The fee", content = @Content(schema = @Schema(implementation = FeeDue.class)))
    @APIResponse(responseCode = "404", description = "No such application, another owner's, or no fee assessed (no-fee-due)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public FeeDue fee(@PathParam("id") UUID id) {
        return fees.feeDue(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/fee-payment")
    @RolesAllowed(Roles.PAYMENT_GATEWAY)
    @Operation(operationId = "confirmFeePayment", summary = "Payment gateway callback: fee paid", description = "Role payment-gateway. Idempotent on paymentReference. Issues the permit "
            + "(WP-<year>-<6 digits>), valid for the term from the requested start date, or from the day it "
            + "was paid (paidAt, Asia/Almaty) if later, and emits PermitIssued. The amount and due date are "
            + "those of GET /fee.")
    @APIResponse(responseCode = "200", description = "Issued", content = @Content(schema = @Schema(implementation = PermitApplicationView.class), examples = @ExampleObject(name = "issued", value = """
            {"status":"ISSUED","permitNumber":"WP-2026-000042","validFrom":"2027-01-11","validTo":"2028-01-10"}""")))
    @APIResponse(responseCode = "409", description = "Not awaiting the fee, or reference used elsewhere", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "fee-amount-mismatch, fee-overdue (paidAt after the due date, Asia/Almaty), "
            + "passport-expires-during-term (the passport ends before the term from the payment day)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PermitApplicationView payFee(@PathParam("id") UUID id, @NotNull @Valid FeePaymentRequest request) {
        return fees.payFee(id, request);
    }
}
