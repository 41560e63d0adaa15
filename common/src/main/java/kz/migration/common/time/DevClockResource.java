package kz.migration.common.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import kz.migration.common.problem.ProblemException;
import kz.migration.common.problem.ProblemType;

/**
 * Dev-only: shows and shifts this service's clock. Answers 404 unless the clock is adjustable, which the prod
 * profile never allows; hidden from the published API.
 */
@Path("/dev/clock")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class DevClockResource {

    @Inject
    AdjustableClock clock;

    public record ClockState(Instant now, LocalDate today, Duration offset) {
    }

    public record AdvanceRequest(@NotNull Duration by) {
    }

    @GET
    @Operation(hidden = true)
    public ClockState get() {
        requireAdjustable();
        return state();
    }

    @POST
    @Path("/advance")
    @Operation(hidden = true)
    public ClockState advance(@NotNull @jakarta.validation.Valid AdvanceRequest request) {
        requireAdjustable();
        clock.advance(request.by());
        return state();
    }

    @DELETE
    @Operation(hidden = true)
    public ClockState reset() {
        requireAdjustable();
        clock.reset();
        return state();
    }

    private ClockState state() {
        Clock c = clock;
        return new ClockState(c.instant(), LocalDate.now(c), clock.offset());
    }

    private void requireAdjustable() {
        if (!clock.isAdjustable()) {
            throw new ProblemException(ProblemType.NOT_FOUND, "No such resource");
        }
    }
}
