package kz.migration.contract.benchmark;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.properties.IfBuildProperty;

/**
 * The framework floor of the contract registration benchmark (issue 22 §1): what the same service costs for an
 * authenticated POST that parses the registration's JSON body and inserts one row, with no rule, idempotency claim,
 * lock or registry entry. Test sources only, and only in the benchmark's build (the benchmark Maven profile sets
 * {@code registry.benchmark.framework-floor}).
 */
@Path("/api/v1/benchmark/framework-floor")
@IfBuildProperty(name = "registry.benchmark.framework-floor", stringValue = "true")
public class FrameworkFloorResource {

    /** The field of the registration body the floor keeps; Jackson reads and skips the others. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record FloorRequest(String permitNumber) {
    }

    static final String TABLE = """
            create table if not exists benchmark_framework_floor (
                id            bigserial primary key,
                employer_bin  varchar(12) not null,
                permit_number varchar(32),
                created_at    timestamptz not null default now())""";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    JsonWebToken caller;

    @POST
    @RolesAllowed("employer")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(hidden = true)
    public Response insert(FloorRequest request) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "insert into benchmark_framework_floor (employer_bin, permit_number) values (?, ?) returning id")) {
            insert.setString(1, caller.getClaim("bin"));
            insert.setString(2, request.permitNumber());
            try (ResultSet rs = insert.executeQuery()) {
                rs.next();
                return Response.status(Response.Status.CREATED).entity(Map.of("id", rs.getLong(1))).build();
            }
        }
    }
}
