package kz.migration.quota.resource;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import kz.migration.quota.api.QuotaSimulationRequest;
import kz.migration.quota.api.QuotaSimulationView;
import kz.migration.quota.service.QuotaSimulationService;

/** The ministry's what-if simulator: a hypothetical plan or reallocation projected to the year's end. */
@Path("/api/v1/quota-simulations")
@Tag(name = "Quota simulations", description = "What-if projections of a hypothetical plan or reallocation; nothing is changed")
public class QuotaSimulationResource {

    @Inject
    QuotaSimulationService simulations;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.MINISTRY)
    @Operation(operationId = "simulateQuota", summary = "Project a hypothetical plan or reallocation", description = """
            Applies a hypothetical revision of the year's plan and/or reallocations to a copy of the plan as it is,
            judged by the rules of the real decisions (a category's regions sum to its national figure; no
            allocation below what is reserved and used, 422 allocation-below-committed; only free units move, 422
            insufficient-free-quota; a source region without an allocation, 404), and projects every region and
            category to 31 December: the exhaustion date and the surplus or shortfall. The method is stated in the
            answer (`method`) and in docs/quota-simulator.md: the last 90 days' units used, adjusted by the season
            of the registry's previous years. Nothing is stored or published, so no Idempotency-Key is needed and a
            repeat answers the same while nothing else changes. A year without a plan is 422 quota-plan-missing.
            Role: ministry.""")
    @APIResponse(responseCode = "200", description = "The projection", content = @Content(schema = @Schema(implementation = QuotaSimulationView.class), examples = @ExampleObject(name = "projection", value = """
            {"year":2026,"planEtag":"2026.4","asOf":"2026-12-06",
             "method":"Units used (permits issued or renewed) in the last 90 days in the same region and category, ...",
             "seasonality":{"monthShares":[0.05,0.07,0.09,0.1,0.1,0.09,0.09,0.09,0.09,0.09,0.08,0.06],"fromYears":[2025]},
             "projections":[{"region":"750000000","regionName":"Almaty","category":"CATEGORY_3","allocated":1050,
               "reserved":12,"used":801,"unitsPerYear":1100.4,"projectedYearEnd":890,"surplus":160,"outcome":"LASTS"},
              {"region":"230000000","regionName":"Atyrau Region","category":"CATEGORY_4","allocated":200,"reserved":3,
               "used":180,"unitsPerYear":640.0,"projectedYearEnd":221,"surplus":-21,"outcome":"EXHAUSTS",
               "exhaustionDate":"2026-12-19"}]}""")))
    @APIResponse(responseCode = "400", description = "Invalid request (negative units, an unknown region, shares that do not sum)", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = @ExampleObject(name = "validation", value = """
            {"type":"https://registry.migration.gov.kz/problems/validation","title":"Invalid request","status":400,
             "detail":"1 field is invalid","violations":[{"field":"reallocations[0].units","message":"must be greater than or equal to 1"}]}""")))
    @APIResponse(responseCode = "404", description = "A reallocation's source region has no allocation")
    @APIResponse(responseCode = "422", description = "The year has no plan, or the change breaks a rule of real decisions", content = @Content(mediaType = Problem.MEDIA_TYPE, examples = {
            @ExampleObject(name = "quota-plan-missing", value = """
                    {"type":"https://registry.migration.gov.kz/problems/quota-plan-missing",
                     "title":"The year has no quota plan","status":422,
                     "detail":"The year 2031 has no quota plan to simulate a change of; set its plan first"}"""),
            @ExampleObject(name = "insufficient-free-quota", value = """
                    {"type":"https://registry.migration.gov.kz/problems/insufficient-free-quota",
                     "title":"Not enough free quota units","status":422,
                     "detail":"710000000 has 3 free units of CATEGORY_4 in 2026, fewer than the 50 to move",
                     "free":3,"requested":50}""")}))
    public QuotaSimulationView simulate(@NotNull @Valid QuotaSimulationRequest request) {
        return simulations.simulate(request);
    }
}
