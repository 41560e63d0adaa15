package kz.migration.inspection.resource;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.vertx.core.http.HttpServerRequest;

import kz.migration.common.problem.Problem;
import kz.migration.common.web.PublicRateLimiter;
import kz.migration.inspection.api.WorkerRecordRequest;
import kz.migration.inspection.api.WorkerRecordView;
import kz.migration.inspection.service.WorkerRecordService;

/** The worker's own record without an account: contracts, permits, wages and the cases the employer knows of. */
@Path("/api/v1/public/worker-records")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Public worker record", description = "For workers: everything the registry holds on my work in Kazakhstan")
public class PublicWorkerRecordResource {

    @Inject
    WorkerRecordService records;

    @Inject
    PublicRateLimiter limiter;

    @POST
    @Path("/lookup")
    @PermitAll
    @Operation(operationId = "lookupWorkerRecord", summary = "The worker's own record", description = """
            Public (no token). With a contract number or a permit number (one of them) and the passport number, sent in
            the body so they stay out of access logs, the worker sees every registered contract and permit with that
            passport (status, employer name and BIN, occupation, salary, weekly hours, dates), the wage-payment record
            of each contract month by month (PAID, SHORT, MISSING, PENDING), and the cases about their work that the
            employer already knows of. The employer holds the contract number and the passport number too, so any
            other case (not yet under inspection, or whose filer did not let the employer be told) is never listed
            here: it is followed with its case token (followGrievance). Answers in codes a client translates; no
            passport or personal name is echoed. Any mismatch answers the same 404 as an unknown number. Rate limited
            per client address (429 with Retry-After).""")
    @APIResponse(responseCode = "200", description = "The worker's record", content = @Content(schema = @Schema(implementation = WorkerRecordView.class), examples = @ExampleObject(name = "record", value = WorkerRecordView.EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No contract or permit with this number and passport", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "notIdentified", value = ApiExamples.NOT_IDENTIFIED)))
    @APIResponse(responseCode = "429", description = "Too many requests from this client address; Retry-After says when to try again", headers = @Header(name = "Retry-After", description = "Seconds until the next request is accepted", schema = @Schema(type = SchemaType.INTEGER)), content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "limited", value = ApiExamples.TOO_MANY)))
    public WorkerRecordView lookup(@NotNull @Valid WorkerRecordRequest request, @Context HttpServerRequest http) {
        limiter.acquire(http);
        return records.lookup(request);
    }
}
