package kz.migration.permit.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import kz.migration.common.problem.Problem;
import kz.migration.common.security.Roles;
import kz.migration.permit.api.LabourImmigrantTaxDueView;
import kz.migration.permit.api.LabourImmigrantTaxPayment;
import kz.migration.permit.service.LabourImmigrantTaxService;

@Path("/api/v1/labour-immigrant-permits/tax-dues")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Labour-immigrant permits")
public class LabourImmigrantTaxResource {

    static final String DUE = """
            {"reference": "LIT-2026-00000042", "purpose": "ISSUE", "requestId": "0b6f7a52-4f0e-4b8e-9d61-1f3c2a7d5e10",
             "months": 3, "taxYear": 2026, "taxResidency": "NON_RESIDENT",
             "amount": {"amount": "51900.00", "currency": "KZT"}, "dueDate": "2026-12-15", "status": "DUE"}""";
    static final String PAID = """
            {"reference": "LIT-2026-00000042", "purpose": "ISSUE", "requestId": "0b6f7a52-4f0e-4b8e-9d61-1f3c2a7d5e10",
             "months": 3, "taxYear": 2026, "taxResidency": "NON_RESIDENT",
             "amount": {"amount": "51900.00", "currency": "KZT"}, "dueDate": "2026-12-15", "status": "PAID",
             "paymentReference": "KZPAY-2026-12-08-004411", "paidAt": "2026-12-08T05:30:00Z"}""";

    @Inject
    LabourImmigrantTaxService taxes;

    @GET
    @Path("/{reference}")
    @RolesAllowed({Roles.PAYMENT_GATEWAY, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getLabourImmigrantTaxDue", summary = "What a labour immigrant's tax reference asks", description = "Roles payment-gateway, ministry and auditor. The income tax due under a reference of the "
            + "registry's (LIT-<year>-<8 digits>, announced in the request's taxDue and by the LabourImmigrantTaxDue "
            + "event): amount and currency, the months it pays for (the first months or an extension), the tax "
            + "year and residency it was computed for, the due date, and whether it is DUE, PAID or LAPSED.")
    @APIResponse(responseCode = "200", description = "The tax", content = @Content(schema = @Schema(implementation = LabourImmigrantTaxDueView.class), examples = @ExampleObject(name = "due", value = DUE)))
    public LabourImmigrantTaxDueView get(@PathParam("reference") @Size(max = 64) String reference) {
        return taxes.get(reference);
    }

    @POST
    @Path("/{reference}/payment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.PAYMENT_GATEWAY)
    @Operation(operationId = "confirmLabourImmigrantTaxPayment", summary = "The payment gateway confirms the tax", description = "Role payment-gateway. The amount must be the one due (422 tax-amount-mismatch, with taxDue) "
            + "and paid by the due date, in Kazakhstan's time (422 tax-overdue). For the first months the request "
            + "moves to PENDING_QUOTA and asks quota-service for a LABOUR_IMMIGRANT unit (PermitApproved), which "
            + "issues the permit; for an extension the months are added at once (PermitRenewed). Idempotent by the "
            + "gateway's paymentReference: the same one again answers the same; one that settled another tax is 409 "
            + "payment-reference-reused. A tax no longer due (LAPSED) is 409.")
    @APIResponse(responseCode = "200", description = "Confirmed", content = @Content(schema = @Schema(implementation = LabourImmigrantTaxDueView.class), examples = @ExampleObject(name = "paid", value = PAID)))
    @APIResponse(responseCode = "409", description = "payment-reference-reused, or the tax lapsed", content = @Content(mediaType = Problem.MEDIA_TYPE))
    @APIResponse(responseCode = "422", description = "tax-amount-mismatch, tax-overdue", content = @Content(mediaType = Problem.MEDIA_TYPE))
    public LabourImmigrantTaxDueView confirm(@PathParam("reference") @Size(max = 64) String reference,
            @NotNull @Valid LabourImmigrantTaxPayment payment) {
        return taxes.confirm(reference, payment);
    }
}
