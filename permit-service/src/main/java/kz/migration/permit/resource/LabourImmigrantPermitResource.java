package kz.migration.permit.resource;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.identifier.Kato;
import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.permit.api.LabourImmigrantAgreementRequest;
import kz.migration.permit.api.LabourImmigrantDecisionRequest;
import kz.migration.permit.api.LabourImmigrantExtensionRequest;
import kz.migration.permit.api.LabourImmigrantPermitRequest;
import kz.migration.permit.api.LabourImmigrantPermitView;
import kz.migration.permit.domain.LabourImmigrantPermitStatus;
import kz.migration.permit.repository.LabourImmigrantPermitRepository;
import kz.migration.permit.service.LabourImmigrantPermitService;
import kz.migration.permit.service.LabourImmigrantReviewService;

@Path("/api/v1/labour-immigrant-permits")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labour-immigrant permits", description = "Permits issued to visa-free workers themselves for household work for private individuals")
public class LabourImmigrantPermitResource {

    static final String REQUESTS = "/api/v1/labour-immigrant-permits/requests";

    static final String AWAITING_AGREEMENT = """
            {"id": "0b6f7a52-4f0e-4b8e-9d61-1f3c2a7d5e10", "status": "AWAITING_AGREEMENT",
             "issuingAuthority": "LOCAL_EXECUTIVE_BODY", "fullName": "Aziz Karimov", "citizenship": "UZ",
             "passportNumber": "FA7345120", "region": "750000000", "occupationCode": "9111", "months": 3,
             "taxResidency": "NON_RESIDENT", "requestedAt": "2026-12-01T06:12:00Z"}""";
    static final String AWAITING_TAX = """
            {"id": "0b6f7a52-4f0e-4b8e-9d61-1f3c2a7d5e10", "status": "AWAITING_TAX",
             "issuingAuthority": "LOCAL_EXECUTIVE_BODY", "fullName": "Aziz Karimov", "citizenship": "UZ",
             "passportNumber": "FA7345120", "region": "750000000", "occupationCode": "9111", "months": 3,
             "taxResidency": "NON_RESIDENT", "requestedAt": "2026-12-01T06:12:00Z", "agreement": "AGREED",
             "decision": "APPROVED", "taxDue": {"reference": "LIT-2026-00000042", "purpose": "ISSUE",
             "requestId": "0b6f7a52-4f0e-4b8e-9d61-1f3c2a7d5e10", "months": 3, "taxYear": 2026,
             "taxResidency": "NON_RESIDENT", "amount": {"amount": "51900.00", "currency": "KZT"},
             "dueDate": "2026-12-15", "status": "DUE"}}""";
    static final String ISSUED = """
            {"id": "0b6f7a52-4f0e-4b8e-9d61-1f3c2a7d5e10", "permitNumber": "LI-2026-000007", "status": "ISSUED",
             "issuingAuthority": "LOCAL_EXECUTIVE_BODY", "fullName": "Aziz Karimov", "citizenship": "UZ",
             "passportNumber": "FA7345120", "region": "750000000", "occupationCode": "9111", "months": 3,
             "taxResidency": "NON_RESIDENT", "validFrom": "2026-12-08", "validTo": "2027-03-07",
             "requestedAt": "2026-12-01T06:12:00Z", "agreement": "AGREED", "decision": "APPROVED",
             "quotaYear": 2026}""";

    @Inject
    LabourImmigrantPermitService service;

    @Inject
    LabourImmigrantReviewService review;

    @Inject
    PublicRateLimiter limiter;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.MIGRATION_POLICE})
    @Operation(operationId = "requestLabourImmigrantPermit", summary = "File a labour immigrant's permit request", description = """
            Roles officer and migration-police: the body that decides on the day of the request files it (dated rule \
            permit.labour-immigrant.issuing-authority); another is 403 not-issuing-authority.
            - From 13 April 2026 the worker applies online through eGov and the officer of the region (its local \
            executive body) files the application: AWAITING_AGREEMENT. The migration police agree or not \
            (agreement), the officer decides (decision), and an approval makes the tax due.
            - Until 12 April 2026 the migration police filed and issued the permit: the request answers \
            AWAITING_TAX with the tax due.

            Eligible: citizens of the visa-free countries of the reference data with a right to work (422 \
            not-visa-free; China's regime gives none), EAEU members excepted (422 eaeu-citizen-needs-no-permit: they \
            work without a permit and outside every quota, EAEU Treaty art. 97); household work for private \
            individuals only (422 occupation-not-household); 1 to 12 months in total; a passport valid through the \
            term; one live request or permit per passport (422 worker-holds-labour-immigrant-permit). A refusal \
            lists every finding with its rule id.

            The income tax per permit month comes by the request's year and the stated tax residency from the \
            reference data (2025: 2 MCI for a resident; 2026: 4 MCI for a non-resident); a year or residency without \
            data is 503 reference-data-missing. It is due within 10 working days under the registry's reference \
            (taxDue) and confirmed by the payment gateway; only then is a LABOUR_IMMIGRANT quota unit reserved \
            (PermitApproved, purpose LABOUR_IMMIGRANT), and QuotaReserved issues LI-<year>-<6 digits> (PermitIssued, \
            kind LABOUR_IMMIGRANT). Unpaid, the request lapses. Idempotency-Key honoured.""")
    @APIResponse(responseCode = "201", description = "Filed: awaiting the internal affairs' agreement, or the tax", content = @Content(schema = @Schema(implementation = LabourImmigrantPermitView.class), examples = {
            @ExampleObject(name = "local-executive-body", value = AWAITING_AGREEMENT),
            @ExampleObject(name = "migration-police", value = AWAITING_TAX)}))
    @APIResponse(responseCode = "200", description = "Replay of an earlier request with the same Idempotency-Key", content = @Content(schema = @Schema(implementation = LabourImmigrantPermitView.class), examples = @ExampleObject(name = "replay", value = AWAITING_AGREEMENT)))
    @APIResponse(responseCode = "403", description = "not-issuing-authority: another body decides on this date or in this region", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "eaeu-citizen-needs-no-permit, not-visa-free, occupation-not-household, labour-immigrant-term-exceeded, passport-expires-during-term, worker-holds-labour-immigrant-permit (a live one: extend it)", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "reference-data-missing: no tax for this year and residency in the reference data", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public Response request(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid LabourImmigrantPermitRequest request) {
        IdempotencyKeys.Outcome<LabourImmigrantPermitView> outcome = service.request(request, idempotencyKey);
        return Response.status(outcome.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .location(URI.create(REQUESTS + "/" + outcome.result().id())).entity(outcome.result()).build();
    }

    @GET
    @Path("/requests")
    @RolesAllowed({Roles.MIGRATION_POLICE, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listLabourImmigrantPermitRequests", summary = "List requests and permits", description = "Roles migration-police, officer (own region only), ministry and auditor. "
            + "Oldest request first; filter by status (the migration police's AWAITING_AGREEMENT, the officer's "
            + "AWAITING_DECISION) and region; cursor pagination.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<LabourImmigrantPermitView> list(@QueryParam("status") LabourImmigrantPermitStatus status,
            @QueryParam("region") @Kato String region,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return service.list(new LabourImmigrantPermitRepository.Filter(status, region), cursor, limit);
    }

    @GET
    @Path("/requests/{id}")
    @RolesAllowed({Roles.MIGRATION_POLICE, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getLabourImmigrantPermitRequest", summary = "Follow a permit request", description = "Roles migration-police, officer (own region only), ministry and auditor. The request by "
            + "the id it answered (also its Location): AWAITING_AGREEMENT, AWAITING_DECISION, AWAITING_TAX (with "
            + "taxDue), PENDING_QUOTA once the tax is confirmed, then ISSUED with the permit number and validity, "
            + "REFUSED with the reason, or LAPSED unpaid. Poll it, or follow permit.events (LabourImmigrantTaxDue, "
            + "PermitIssued and PermitRefused carry this id).")
    @APIResponse(responseCode = "200", description = "The request and, once issued, the permit", content = @Content(schema = @Schema(implementation = LabourImmigrantPermitView.class), examples = {
            @ExampleObject(name = "awaiting-tax", value = AWAITING_TAX),
            @ExampleObject(name = "issued", value = ISSUED)}))
    public LabourImmigrantPermitView getRequest(@PathParam("id") UUID id) {
        return service.getRequest(id);
    }

    @POST
    @Path("/requests/{id}/agreement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MIGRATION_POLICE)
    @Operation(operationId = "answerLabourImmigrantPermitAgreement", summary = "The internal affairs bodies agree or not", description = "Role migration-police, on a request filed with the local executive body (AWAITING_AGREEMENT, "
            + "from 13 April 2026): AGREE, or DISAGREE with a reason. Either way the request moves to "
            + "AWAITING_DECISION; the local executive body may approve only after an agreement. The same answer "
            + "again changes nothing; another answer is 409.")
    @APIResponse(responseCode = "200", description = "Answered", content = @Content(schema = @Schema(implementation = LabourImmigrantPermitView.class), examples = @ExampleObject(name = "agreed", value = AWAITING_AGREEMENT)))
    @APIResponse(responseCode = "409", description = "Not awaiting agreement, or another answer is recorded", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LabourImmigrantPermitView answerAgreement(@PathParam("id") UUID id,
            @NotNull @Valid LabourImmigrantAgreementRequest request) {
        return review.answer(id, request);
    }

    @POST
    @Path("/requests/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.OFFICER)
    @Operation(operationId = "decideLabourImmigrantPermit", summary = "The local executive body decides", description = "Role officer of the request's region, once the internal affairs bodies answered "
            + "(AWAITING_DECISION). APPROVE needs their agreement (422 internal-affairs-not-agreed) and a passport "
            + "valid through the term; it makes the tax due (AWAITING_TAX, LabourImmigrantTaxDue). REFUSE, with a "
            + "reason, ends the request (PermitRefused). The same decision again changes nothing; another is 409.")
    @APIResponse(responseCode = "200", description = "Decided", content = @Content(schema = @Schema(implementation = LabourImmigrantPermitView.class), examples = @ExampleObject(name = "approved", value = AWAITING_TAX)))
    @APIResponse(responseCode = "409", description = "Not awaiting a decision, or another decision is recorded", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "internal-affairs-not-agreed, passport-expires-during-term", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LabourImmigrantPermitView decide(@PathParam("id") UUID id,
            @NotNull @Valid LabourImmigrantDecisionRequest request) {
        return review.decide(id, request);
    }

    @POST
    @Path("/{number}/extensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.OFFICER, Roles.MIGRATION_POLICE})
    @Operation(operationId = "extendLabourImmigrantPermit", summary = "Extend by further months", description = "Roles officer (of the permit's region) and migration-police: the body that decides on the "
            + "day of the extension (403 not-issuing-authority otherwise). Up to 12 months in total (422 "
            + "labour-immigrant-term-exceeded) and within the passport. The extension's tax falls due by the same "
            + "rule as a request's (taxDue, at the latest on the permit's last day); once the payment gateway "
            + "confirms it the months are added (PermitRenewed). The same extension again answers the open tax; "
            + "another while one is due is 409.")
    @APIResponse(responseCode = "200", description = "The extension's tax is due", content = @Content(schema = @Schema(implementation = LabourImmigrantPermitView.class), examples = @ExampleObject(name = "extension-due", value = ISSUED)))
    @APIResponse(responseCode = "403", description = "not-issuing-authority", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "409", description = "Not issued, or another extension's tax is due", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "labour-immigrant-term-exceeded, passport-expires-during-term", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "503", description = "reference-data-missing: no tax for this year and residency", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LabourImmigrantPermitView extend(@PathParam("number") String number,
            @NotNull @Valid LabourImmigrantExtensionRequest request) {
        return service.extend(number, request);
    }

    @GET
    @Path("/{number}")
    @PermitAll
    @Operation(operationId = "getLabourImmigrantPermit", summary = "The worker reads their permit", description = "No token: the worker proves it is theirs with the passport number in `document`. A "
            + "wrong number and a wrong document get the same 404.")
    @APIResponse(responseCode = "200", description = "The permit", content = @Content(schema = @Schema(implementation = LabourImmigrantPermitView.class), examples = @ExampleObject(name = "permit", value = ISSUED)))
    @APIResponse(responseCode = "404", description = "No such permit for this document", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "429", description = "Rate limit per client address; Retry-After says when", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LabourImmigrantPermitView get(@PathParam("number") @Size(max = 16) String number,
            @QueryParam("document") @NotBlank @Size(max = 20) String document, @Context HttpServerRequest http) {
        limiter.acquire(http);
        return service.get(number, document);
    }
}
