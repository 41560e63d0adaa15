package kz.migration.permit.resource;

import java.util.List;
import java.util.UUID;

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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.domain.PermitCategory;
import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.identifier.Bin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.permit.api.DecisionRequest;
import kz.migration.permit.api.FeePaymentRequest;
import kz.migration.permit.api.PermitApplicationRequest;
import kz.migration.permit.api.PermitApplicationView;
import kz.migration.permit.api.TransitionView;
import kz.migration.permit.domain.PermitStatus;
import kz.migration.permit.repository.PermitApplicationRepository;
import kz.migration.permit.service.PermitApplicationService;

@Path("/api/v1/permit-applications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Permit applications", description = "Employer applications from registration to the issued permit")
public class PermitApplicationResource {

    static final String APPLICATION_EXAMPLE = """
            {"id":"0b6f8a52-3c1e-4a8e-9a55-2f3e1c9d7a10","status":"SUBMITTED","employerBin":"123456789021",
             "region":"750000000","category":"CATEGORY_3","occupationCode":"2512",
             "vacancyId":"5a0d2c44-1b7e-4f0e-8d4a-6c1f2e3b4a59","termDays":365,
             "worker":{"fullName":"Ivan Petrov","citizenship":"RU","passportNumber":"751234567",
                       "passportExpiry":"2030-05-01","educationDocumentId":"DIP-2019-00042","educationCountry":"RU",
                       "legalisationReference":"APO-77-2024-1183"},
             "salary":{"amount":"650000.00","currency":"KZT"},"receivedOn":"2026-12-11","reviewDeadline":"2026-12-22",
             "documentCheck":"PENDING","refusalGrounds":[],"renewalCount":0,"version":0}""";
    static final String PROBLEM_409 = """
            {"type":"https://registry.migration.gov.kz/problems/state-conflict","title":"Not allowed in the current state",
             "status":409,"detail":"An application in status ISSUED cannot move to WITHDRAWN","currentStatus":"ISSUED",
             "requestedStatus":"WITHDRAWN"}""";

    @Inject
    PermitApplicationService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "submitPermitApplication", summary = "Apply for a permit", description = "Role employer, for its own BIN. Validates the term for the category, the passport against "
            + "the term, the vacancy's passed labour-market test (same employer, region and occupation, "
            + "a free position), the salary against the vacancy and the employer's ban. Registers the "
            + "application with a review deadline of 6 working days and asks the MFA to check the education "
            + "document. The same Idempotency-Key and body answer the first result; another body is 409.")
    @APIResponse(responseCode = "201", description = "Registered", content = @Content(schema = @Schema(implementation = PermitApplicationView.class), examples = @ExampleObject(name = "submitted", value = APPLICATION_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "Replay of an earlier request with the same Idempotency-Key", content = @Content(schema = @Schema(implementation = PermitApplicationView.class)))
    @APIResponse(responseCode = "422", description = "Rule refusal: no-labour-market-test, vacancy-mismatch, "
            + "vacancy-positions-used, salary-below-vacancy, term-not-allowed, passport-expires-during-term, "
            + "employer-banned, worker-already-applied (a live application for this worker on the vacancy)", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "banned", value = """
                    {"type":"https://registry.migration.gov.kz/problems/employer-banned","status":422,
                     "title":"The employer is banned after a permit revocation",
                     "detail":"employer is banned through 2027-11-22 after permit WP-2026-000017 was revoked (FORGED_DOCUMENTS)",
                     "bannedUntil":"2027-11-22","revokedPermit":"WP-2026-000017"}""")))
    public Response submit(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid PermitApplicationRequest request) {
        IdempotencyKeys.Outcome<PermitApplicationView> outcome = service.submit(request, idempotencyKey);
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
        return service.list(new PermitApplicationRepository.Filter(status, category, region, employerBin, vacancyId),
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
        return service.queue(cursor, limit);
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
        return service.overdue(region, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getPermitApplication", summary = "One application", description = "Roles employer (own), officer (own region), ministry, auditor. Another owner's "
            + "application is 404.")
    @APIResponse(responseCode = "200", description = "The application", content = @Content(schema = @Schema(implementation = PermitApplicationView.class), examples = @ExampleObject(name = "application", value = APPLICATION_EXAMPLE)))
    public Response get(@PathParam("id") UUID id) {
        PermitApplicationView view = service.get(id);
        return Response.ok(view).tag(Long.toString(view.version())).build();
    }

    @GET
    @Path("/{id}/history")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "permitApplicationHistory", summary = "Every transition of an application", description = "Same access as the application: who moved it, in which role, when and why.")
    @APIResponse(responseCode = "200", description = "Transitions, oldest first", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TransitionView.class), examples = @ExampleObject(name = "history", value = """
            [{"from":null,"to":"SUBMITTED","actor":"employer-123456789021","actorRole":"employer",
              "at":"2026-12-11T04:00:00Z","reason":"application registered"}]""")))
    public List<TransitionView> history(@PathParam("id") UUID id) {
        return service.history(id);
    }

    @POST
    @Path("/{id}/review")
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "startReview", summary = "Take an application for review", description = "Role officer of the application's region: SUBMITTED → UNDER_REVIEW.")
    @APIResponse(responseCode = "200", description = "Under review")
    @APIResponse(responseCode = "409", description = "Not SUBMITTED", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "conflict", value = PROBLEM_409)))
    public PermitApplicationView startReview(@PathParam("id") UUID id) {
        return service.startReview(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/decision")
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "decidePermitApplication", summary = "Approve or refuse", description = "Role officer of the region, on an application UNDER_REVIEW. REFUSE needs grounds from "
            + "the fixed list. APPROVE needs the MFA's answer (422 document-check-pending before it) and "
            + "runs the automatic checks first (MFA rejection, labour-market test, employer ban, local "
            + "content); any failure refuses the application on the named grounds. A clean approval asks "
            + "quota-service for a unit (PermitApproved); intra-corporate transfer goes straight to the fee.")
    @APIResponse(responseCode = "200", description = "APPROVED, AWAITING_FEE or REFUSED", content = @Content(schema = @Schema(implementation = PermitApplicationView.class), examples = @ExampleObject(name = "refused", value = """
            {"status":"REFUSED","refusalGrounds":["LOCAL_CONTENT_BREACH"]}""")))
    @APIResponse(responseCode = "409", description = "Not under review", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "document-check-pending", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PermitApplicationView decide(@PathParam("id") UUID id, @NotNull @Valid DecisionRequest request) {
        return service.decide(id, request);
    }

    @POST
    @Path("/{id}/withdrawal")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "withdrawPermitApplication", summary = "Withdraw before issue", description = "Role employer, own application, any time before the permit is issued. Releases a "
            + "reserved quota unit (PermitWithdrawn).")
    @APIResponse(responseCode = "200", description = "Withdrawn")
    @APIResponse(responseCode = "409", description = "Already issued or closed", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "conflict", value = PROBLEM_409)))
    public PermitApplicationView withdraw(@PathParam("id") UUID id) {
        return service.withdraw(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/fee-payment")
    @RolesAllowed(Roles.PAYMENT_GATEWAY)
    @Operation(operationId = "confirmFeePayment", summary = "Payment gateway callback: fee paid", description = "Role payment-gateway. Idempotent on paymentReference. Issues the permit "
            + "(WP-<year>-<6 digits>, validity from today for the term) and emits PermitIssued.")
    @APIResponse(responseCode = "200", description = "Issued", content = @Content(schema = @Schema(implementation = PermitApplicationView.class), examples = @ExampleObject(name = "issued", value = """
            {"status":"ISSUED","permitNumber":"WP-2026-000042","validFrom":"2026-12-24","validTo":"2027-12-23"}""")))
    @APIResponse(responseCode = "409", description = "Not awaiting the fee, or reference used elsewhere", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "fee-amount-mismatch, fee-overdue (paidAt after the due date, Asia/Almaty)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public PermitApplicationView payFee(@PathParam("id") UUID id, @NotNull @Valid FeePaymentRequest request) {
        return service.payFee(id, request);
    }
}
