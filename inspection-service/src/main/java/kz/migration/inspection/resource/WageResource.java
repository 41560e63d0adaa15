package kz.migration.inspection.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.security.Roles;
import kz.migration.inspection.api.Patterns;
import kz.migration.inspection.api.WagePaymentRequest;
import kz.migration.inspection.api.WagePaymentView;
import kz.migration.inspection.api.WageRecordView;
import kz.migration.inspection.service.WageService;

/** Wage protection: salary payments reported by the banks through the payment gateway, and the record per contract. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Wage protection", description = "Salary payments matched to registered contracts")
public class WageResource {

    @Inject
    WageService wages;

    @POST
    @Path("/wage-payments")
    @RolesAllowed(Roles.PAYMENT_GATEWAY)
    @Operation(operationId = "reportWagePayment", summary = "Report a salary payment", description = """
            Role: payment-gateway (standing for the banks). One payment for one contract and month: the amount
            credited to the worker, in tenge, and the day. Idempotent by the payment reference: the same reference
            and details again answer 200 with the payment as first recorded; the same reference with other details
            is 409. 15 days after a month ends the wage monitor judges it against the registered salary (prorated
            for a month the contract starts or ends in; the permit's declared salary when the contract carries none):
            nothing paid is MISSING, less than 85% is SHORT, and either opens a wages case by itself, with the month
            as evidence and a termination hold.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = WagePaymentRequest.class), examples = @ExampleObject(name = "november", value = WagePaymentRequest.EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(schema = @Schema(implementation = WagePaymentView.class)))
    @APIResponse(responseCode = "200", description = "Already recorded with this reference (a retry)", content = @Content(schema = @Schema(implementation = WagePaymentView.class)))
    @APIResponse(responseCode = "409", description = "The reference was reported with other details", content = @Content(examples = @ExampleObject(name = "referenceReused", value = ApiExamples.REFERENCE_REUSED)))
    @APIResponse(responseCode = "422", description = "Unknown contract, not in tenge, or a month outside the contract", content = @Content(examples = {
            @ExampleObject(name = "contractUnknown", value = ApiExamples.CONTRACT_UNKNOWN),
            @ExampleObject(name = "notInTenge", value = ApiExamples.NOT_IN_TENGE),
            @ExampleObject(name = "periodOutsideContract", value = ApiExamples.PERIOD_OUTSIDE_CONTRACT)}))
    public Response report(@NotNull @Valid WagePaymentRequest request) {
        WageService.Reported reported = wages.report(request);
        return Response.status(reported.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(reported.payment()).build();
    }

    @GET
    @Path("/contracts/{contractNumber}/wage-record")
    @RolesAllowed({Roles.EMPLOYER, Roles.INSPECTOR, Roles.AUDITOR})
    @Operation(operationId = "getWageRecord", summary = "A contract's wage payments, month by month", description = """
            Roles: employer (its own contracts; any other is 404), inspector (contracts of the token's region),
            auditor. Each month from the contract's start (or the start of monitoring) to this month: what the
            registered salary calls for, what was paid, and PAID, SHORT, MISSING, or PENDING while the month and its
            15-day grace run. No case is named: the employer learns of a case only when its inspection opens.""")
    @APIResponse(responseCode = "200", description = "The wage record", content = @Content(schema = @Schema(implementation = WageRecordView.class)))
    public WageRecordView record(
            @Parameter(example = "LC-2026-000045") @PathParam("contractNumber") @Pattern(regexp = Patterns.CONTRACT_NUMBER, message = "must look like LC-2026-000045") String contractNumber) {
        return wages.record(contractNumber);
    }
}
