package kz.migration.common.probe;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

import kz.migration.common.security.Roles;
import kz.migration.common.web.ApiDeprecation;

/** A deprecated operation next to its successor, to show the Deprecation and Sunset headers. */
@Path("/api/v1/probe-reports")
public class DeprecatedProbeResource {

    @GET
    @Path("/legacy")
    @RolesAllowed(Roles.MINISTRY)
    @Deprecated
    @ApiDeprecation(since = "2027-01-01", sunset = "2027-07-01", successor = "/api/v1/probe-reports/current")
    public Map<String, String> legacy() {
        return Map.of("report", "legacy");
    }

    @GET
    @Path("/current")
    @RolesAllowed(Roles.MINISTRY)
    public Map<String, String> current() {
        return Map.of("report", "current");
    }
}
