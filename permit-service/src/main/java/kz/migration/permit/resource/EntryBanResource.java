package kz.migration.permit.resource;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.permit.api.EntryBanLiftRequest;
import kz.migration.permit.api.EntryBanRequest;
import kz.migration.permit.api.EntryBanView;
import kz.migration.permit.service.EntryBanService;

@Path("/api/v1/entry-bans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Entry bans", description = "Entry bans and expulsions the migration police record: a banned worker gets no permit")
public class EntryBanResource {

    private static final String BAN_EXAMPLE = """
            {"id":"6b1f0c7e-2d4a-4f3b-9a57-1c2e3d4f5a6b","passportNumber":"FA7345120","citizenship":"UZ",
             "kind":"EXPULSION","bannedUntil":"2031-12-06",
             "ground":"Court order 2-1187/2026: expelled for working without a permit; entry barred for five years",
             "recordedBy":"police-officer-17","recordedAt":"2026-12-07T05:12:00Z","status":"IN_FORCE","version":0}""";

    @Inject
    EntryBanService service;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MIGRATION_POLICE)
    @Operation(operationId = "recordEntryBan", summary = "Record an entry ban or expulsion", description = """
            Role migration-police. Records that a foreign worker (passport and citizenship) is barred from entry
            through bannedUntil, by an entry ban or an expulsion, on the ground given. While it runs, a permit
            application, a labour-immigrant permit or extension and a permit renewal for the worker are refused
            (422 worker-entry-banned). The Idempotency-Key is required (428 without it); a retry replays the ban.""")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = EntryBanView.class), examples = @ExampleObject(name = "expulsion", value = BAN_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "A retry with the same Idempotency-Key: the ban as first recorded", content = @Content(schema = @Schema(implementation = EntryBanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or bannedUntil before today", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "428", description = "No Idempotency-Key", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response record(@HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid EntryBanRequest request) {
        IdempotencyKeys.Outcome<EntryBanView> outcome = service.record(request, idempotencyKey);
        return Response.status(outcome.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(outcome.result()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.MIGRATION_POLICE, Roles.AUDITOR})
    @Operation(operationId = "getEntryBan", summary = "An entry ban", description = "Roles migration-police and auditor. Every read is audited.")
    @APIResponse(responseCode = "200", description = "The ban", content = @Content(schema = @Schema(implementation = EntryBanView.class), examples = @ExampleObject(name = "in force", value = BAN_EXAMPLE)))
    @APIResponse(responseCode = "404", description = "No such ban", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntryBanView get(@PathParam("id") UUID id) {
        return service.get(id);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Path("/{id}/lifting")
    @RolesAllowed(Roles.MIGRATION_POLICE)
    @Operation(operationId = "liftEntryBan", summary = "Lift an entry ban", description = """
            Role migration-police. Ends the ban before bannedUntil, with a reason; who lifted it and when are kept on
            the ban and in the audit log. A ban already lifted is 409.""")
    @APIResponse(responseCode = "200", description = "Lifted", content = @Content(schema = @Schema(implementation = EntryBanView.class), examples = @ExampleObject(name = "lifted", value = """
            {"id":"6b1f0c7e-2d4a-4f3b-9a57-1c2e3d4f5a6b","status":"LIFTED","liftedAt":"2027-02-01T06:00:00Z",
             "liftedBy":"police-officer-17","liftReason":"Court order 2-1187/2026 set aside on appeal","version":1}""")))
    @APIResponse(responseCode = "404", description = "No such ban", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already lifted", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public EntryBanView lift(@PathParam("id") UUID id, @NotNull @Valid EntryBanLiftRequest request) {
        return service.lift(id, request);
    }
}
