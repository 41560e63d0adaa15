package kz.migration.common.probe;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import kz.migration.common.identifier.Bin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;

/** Endpoints that exercise the shared security and problem+json plumbing. */
@Path("/api/v1/probes")
public class ProbeResource {

    @jakarta.inject.Inject
    Caller caller;

    public record ProbeRequest(@NotNull @Bin String employerBin, @NotNull @Kato String region,
            @NotBlank String name) {
    }

    @GET
    @Path("/{bin}")
    @RolesAllowed(Roles.MINISTRY)
    public Map<String, String> read(@PathParam("bin") @Bin String bin,
            @QueryParam("limit") @Min(1) @Max(200) Integer limit, @QueryParam("from") java.time.LocalDate from) {
        return Map.of("bin", bin, "caller", caller.subject());
    }

    @POST
    @RolesAllowed({Roles.MINISTRY, Roles.EMPLOYER})
    public ProbeRequest create(@NotNull @Valid ProbeRequest request) {
        return request;
    }

    @GET
    @Path("/unannotated")
    public String unannotated() {
        return "must never be reachable";
    }
}
