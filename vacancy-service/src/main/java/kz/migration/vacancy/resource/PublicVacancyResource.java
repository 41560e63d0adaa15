package kz.migration.vacancy.resource;

import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.identifier.Kato;
import kz.migration.common.identifier.OccupationCode;
import kz.migration.common.web.Page;
import kz.migration.vacancy.api.PublicVacancy;
import kz.migration.vacancy.service.VacancyQueries;

/** Open vacancies for job seekers: no token, no employer identifiers, no referrals. */
@Path("/api/v1/public/vacancies")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
@Tag(name = "Public", description = "Open to anyone, no token")
public class PublicVacancyResource {

    @Inject
    VacancyQueries vacancies;

    @GET
    @Operation(operationId = "listOpenVacancies", summary = "List open vacancies", description = """
            Public (no token). Open vacancies so that citizens can apply before foreign labour is considered; no
            employer identifiers or personal data. Newest first.""")
    @APIResponse(responseCode = "200", description = "One page of open vacancies")
    public Page<PublicVacancy> list(@Parameter(example = "750000000") @QueryParam("region") @Kato String region,
            @Parameter(example = "2512") @QueryParam("occupationCode") @OccupationCode String occupationCode,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        return vacancies.publicList(region, occupationCode, cursor, limit);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getOpenVacancy", summary = "Read an open vacancy", description = """
            Public (no token). A closed or unknown vacancy is 404.""")
    @APIResponse(responseCode = "200", description = "The open vacancy", content = @Content(schema = @Schema(implementation = PublicVacancy.class), examples = @ExampleObject(name = "vacancy", value = PublicVacancy.EXAMPLE)))
    public PublicVacancy get(@PathParam("id") UUID id) {
        return vacancies.publicGet(id);
    }
}
