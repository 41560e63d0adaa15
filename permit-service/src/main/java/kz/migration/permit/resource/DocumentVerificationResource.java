package kz.migration.permit.resource;

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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.permit.api.DocumentAnswerRequest;
import kz.migration.permit.api.DocumentVerificationView;
import kz.migration.permit.domain.DocumentVerificationStatus;
import kz.migration.permit.service.DocumentVerificationService;

@Path("/api/v1/document-verifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "MFA document checks", description = "Apostille/legalisation checks of education documents")
public class DocumentVerificationResource {

    @Inject
    DocumentVerificationService service;

    @GET
    @RolesAllowed({Roles.MFA, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "listDocumentVerifications", summary = "Document checks by status", description = "Role mfa (and ministry, auditor): the requests, PENDING by default, oldest first.")
    @APIResponse(responseCode = "200", description = "One page")
    public Page<DocumentVerificationView> list(
            @QueryParam("status") @DefaultValue("PENDING") DocumentVerificationStatus status,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return service.list(status, cursor, limit);
    }

    @POST
    @Path("/{id}/answer")
    @RolesAllowed(Roles.MFA)
    @Operation(operationId = "answerDocumentVerification", summary = "Answer a document check", description = "Role mfa: CONFIRMED, or REJECTED with a reason (a refusal ground for the application). "
            + "Answered once; emits DocumentVerificationAnswered.")
    @APIResponse(responseCode = "200", description = "Answered")
    @APIResponse(responseCode = "409", description = "Already answered", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public DocumentVerificationView answer(@PathParam("id") UUID id, @NotNull @Valid DocumentAnswerRequest request) {
        return service.answer(id, request);
    }
}
