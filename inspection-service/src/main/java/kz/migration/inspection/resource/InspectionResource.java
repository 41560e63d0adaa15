package kz.migration.inspection.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.security.Roles;
import kz.migration.common.web.Page;
import kz.migration.inspection.api.InspectionView;
import kz.migration.inspection.service.CaseQueries;

/** The employer's view of the inspections about it. */
@Path("/api/v1/inspections")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Inspections", description = "What an employer learns of the cases about it")
public class InspectionResource {

    @Inject
    CaseQueries queries;

    @GET
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "listInspections", summary = "The inspections of the calling employer", description = """
            Role: employer (the BIN, or a private individual's IIN, of the token). The cases about the employer whose
            inspection has opened, newest first: the case number, kind, status, the day it opened and the outcome. The
            employer learns of a case only when its inspection opens, never who filed it, and which worker's contract
            it concerns only where the worker agreed (contractNumber, otherwise absent).""")
    @APIResponse(responseCode = "200", description = "One page of inspections")
    public Page<InspectionView> list(@QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return queries.inspectionsOfEmployer(cursor, limit);
    }
}
