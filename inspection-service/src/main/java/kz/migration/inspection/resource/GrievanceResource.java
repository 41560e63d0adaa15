package kz.migration.inspection.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
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
import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.inspection.api.AdvocateGrievanceRequest;
import kz.migration.inspection.api.GrievanceReceipt;
import kz.migration.inspection.service.GrievanceService;

/** An advocate (NGO or trade union) files a grievance on a worker's behalf. */
@Path("/api/v1/grievances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Grievances", description = "Advocates file grievances on workers' behalf")
public class GrievanceResource {

    @Inject
    GrievanceService grievances;

    @POST
    @RolesAllowed(Roles.ADVOCATE)
    @Operation(operationId = "fileGrievanceForWorker", summary = "File a grievance on a worker's behalf", description = """
            Role: advocate (an NGO or trade union; the token's subject is recorded as who filed). As a worker's own
            filing (fileGrievance), plus the reference of the worker's consent. The advocate may then read the case
            (getCase) and list its filings (listCases); the answer's case token is for the worker, who may follow the
            case without an account. The Idempotency-Key is required. A wages or passport case places a termination
            hold at once.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = AdvocateGrievanceRequest.class), examples = @ExampleObject(name = "wagesUnpaid", value = AdvocateGrievanceRequest.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Received", content = @Content(schema = @Schema(implementation = GrievanceReceipt.class), examples = @ExampleObject(name = "received", value = GrievanceReceipt.EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No contract or permit with this number and passport", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "notIdentified", value = ApiExamples.NOT_IDENTIFIED)))
    @APIResponse(responseCode = "428", description = "No Idempotency-Key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "The holiday calendar does not cover the deadline's year", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "referenceDataMissing", value = ApiExamples.REFERENCE_DATA_MISSING)))
    public Response file(@NotNull @Valid AdvocateGrievanceRequest request,
            @Parameter(description = "Required; the same on every retry", example = "sana-sezim-0412") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey) {
        IdempotencyKeys.Outcome<GrievanceReceipt> outcome = grievances.fileAsAdvocate(request, idempotencyKey);
        return Response.status(Response.Status.CREATED).header("Idempotency-Replayed", outcome.replayed())
                .entity(outcome.result()).build();
    }
}
