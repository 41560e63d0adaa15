package kz.migration.vacancy.resource;

import java.net.URI;
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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.vacancy.api.OutcomeRequest;
import kz.migration.vacancy.api.ReferralRequest;
import kz.migration.vacancy.api.ReferralResponse;
import kz.migration.vacancy.service.ReferralService;

/** Citizens referred to vacancies by the labour exchange, and how each referral ended. */
@Path("/api/v1/vacancies/{vacancyId}/referrals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Referrals", description = "Citizens referred to vacancies and the outcomes")
public class ReferralResource {

    @Inject
    ReferralService referrals;

    @POST
    @RolesAllowed(Roles.LABOUR_EXCHANGE)
    @Operation(operationId = "referCandidate", summary = "Refer a citizen to a vacancy", description = """
            Role: labour-exchange. The citizen is identified by IIN (checked digit); one referral per citizen and
            vacancy, to open vacancies only. The outcome is due by outcomeDueOn: today plus
            vacancy.referrals.outcome-days (7) full calendar days. Until the outcome is recorded, or that day is
            over, the referral holds the vacancy's labour-market test. Send an Idempotency-Key to make retries safe.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = ReferralRequest.class), examples = @ExampleObject(name = "referral", value = """
            {"candidateIin": "900101300017", "comment": "Registered job seeker, Java 5 years"}""")))
    @APIResponse(responseCode = "201", description = "Referred", content = @Content(schema = @Schema(implementation = ReferralResponse.class), examples = @ExampleObject(name = "referred", value = """
            {"id": "5d1e0c52-2f7b-4f0e-bb3c-0e6c8e1d9a11", "vacancyId": "0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10",
             "candidateIin": "900101300017", "referredAt": "2026-03-04T05:00:00Z",
             "comment": "Registered job seeker, Java 5 years", "outcomeDueOn": "2026-03-11"}""")))
    @APIResponse(responseCode = "400", description = "Invalid IIN", content = @Content(examples = @ExampleObject(name = "invalidIin", value = """
            {"type": "https://registry.migration.gov.kz/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "1 field is invalid",
             "violations": [{"field": "candidateIin", "message": "is not a valid IIN (12 digits with a correct check digit)"}]}""")))
    @APIResponse(responseCode = "422", description = "Vacancy not open, or citizen already referred", content = @Content(examples = {
            @ExampleObject(name = "notOpen", value = ApiExamples.VACANCY_NOT_OPEN),
            @ExampleObject(name = "alreadyReferred", value = ApiExamples.CANDIDATE_ALREADY_REFERRED)}))
    public Response refer(@PathParam("vacancyId") UUID vacancyId, @NotNull @Valid ReferralRequest request,
            @Parameter(description = "Makes retries safe", example = "refer-900101300017") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        ReferralResponse referral = referrals.refer(vacancyId, request, idempotencyKey).result();
        return Response.created(URI.create("/api/v1/vacancies/" + vacancyId + "/referrals/" + referral.id()))
                .entity(referral).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.LABOUR_EXCHANGE, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listReferrals", summary = "List the referrals of a vacancy", description = """
            Roles: employer (own vacancies), officer (own region), labour-exchange, ministry, auditor. Oldest first.""")
    @APIResponse(responseCode = "200", description = "One page of referrals")
    public Page<ReferralResponse> list(@PathParam("vacancyId") UUID vacancyId,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return referrals.list(vacancyId, cursor, limit);
    }

    @POST
    @Path("/{referralId}/outcome")
    @RolesAllowed({Roles.LABOUR_EXCHANGE, Roles.EMPLOYER})
    @Operation(operationId = "recordReferralOutcome", summary = "Record how a referral ended", description = """
            Roles: labour-exchange, employer (own vacancies). HIRED takes an open position (the last one closes the
            vacancy as FILLED) and emits CandidateHired; REJECTED needs a reason from the fixed list, and reasons
            not grounded in the vacancy's requirements count towards the employer's unjustified-rejection share.
            A referral ends once. An outcome recorded after outcomeDueOn is still accepted, but the referral stays
            marked overdue (outcomeOverdueOn) and the employer flagged.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = OutcomeRequest.class), examples = {
            @ExampleObject(name = "rejected", value = """
                    {"outcome": "REJECTED", "rejectionReason": "INSUFFICIENT_EXPERIENCE", "comment": "1 year of Java, 3 required"}"""),
            @ExampleObject(name = "hired", value = """
                    {"outcome": "HIRED"}""")}))
    @APIResponse(responseCode = "200", description = "Recorded", content = @Content(schema = @Schema(implementation = ReferralResponse.class), examples = @ExampleObject(name = "rejected", value = ReferralResponse.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Missing or superfluous rejection reason", content = @Content(examples = @ExampleObject(name = "reasonMissing", value = """
            {"type": "https://registry.migration.gov.kz/problems/validation", "title": "Invalid request", "status": 400,
             "detail": "rejectionReason is required when the outcome is REJECTED",
             "violations": [{"field": "rejectionReason", "message": "is required when the outcome is REJECTED"}]}""")))
    @APIResponse(responseCode = "422", description = "Outcome already recorded, or hire on a vacancy that is not open", content = @Content(examples = {
            @ExampleObject(name = "alreadyRecorded", value = ApiExamples.OUTCOME_ALREADY_RECORDED),
            @ExampleObject(name = "notOpen", value = ApiExamples.VACANCY_NOT_OPEN)}))
    public ReferralResponse recordOutcome(@PathParam("vacancyId") UUID vacancyId,
            @PathParam("referralId") UUID referralId, @NotNull @Valid OutcomeRequest request) {
        return referrals.recordOutcome(vacancyId, referralId, request);
    }
}
