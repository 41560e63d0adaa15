package kz.migration.contract.resource;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

import kz.migration.common.idempotency.IdempotencyKeys;
import kz.migration.common.identifier.Bin;
import kz.migration.common.identifier.Iin;
import kz.migration.common.identifier.Kato;
import kz.migration.common.problem.Problem;
import kz.migration.common.problem.ProblemException;
import kz.migration.common.security.Caller;
import kz.migration.common.security.Roles;
import kz.migration.common.web.EntityVersions;
import kz.migration.common.web.Page;
import kz.migration.contract.api.AmendContractRequest;
import kz.migration.contract.api.ContractStatistics;
import kz.migration.contract.api.ContractView;
import kz.migration.contract.api.RegisterContractRequest;
import kz.migration.contract.api.ReportReplacementRequest;
import kz.migration.contract.api.TerminateContractRequest;
import kz.migration.contract.domain.ContractEmployer;
import kz.migration.contract.domain.ContractStatus;
import kz.migration.contract.repository.ContractRepository;
import kz.migration.contract.service.ContractChangeService;
import kz.migration.contract.service.ContractQueryService;
import kz.migration.contract.service.ContractRegistrationService;
import kz.migration.contract.service.ContractRegistrationService.RegisteredContract;

@Path("/api/v1/contracts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Contracts", description = "Registration of labour contracts with foreign workers")
public class ContractResource {

    static final String REPLAYED_HEADER = "Idempotency-Replayed";

    private static final String CONTRACT_EXAMPLE = """
            {"id":"0f8e7c4e-3b7a-4d55-9d3e-1f2a3b4c5d6e","contractNumber":"LC-2026-000042","permitNumber":"WP-2026-000123",
             "permitKind":"EMPLOYER","employerBin":"123456789012","region":"750000000",
             "worker":{"fullName":"Alisher Karimov","passportNumber":"FA1234567","citizenship":"UZ"},
             "position":"Software developer","occupationCode":"2512","startDate":"2026-12-01","endDate":"2027-11-30",
             "salary":"650000.00","currency":"KZT","weeklyHours":40,"signedOn":"2026-11-20",
             "registeredAt":"2026-11-23T05:12:00Z","late":false,"status":"ACTIVE","amendmentCount":0,
             "lateAmendments":0,"registrySequences":[517],"version":0}""";
    private static final String MISMATCH_EXAMPLE = """
            {"type":"https://registry.migration.gov.kz/problems/permit-region-mismatch",
             "title":"The contract's region differs from the permit's","status":422,
             "detail":"Permit WP-2026-000123 is valid in region 750000000, not 710000000",
             "permitRegion":"750000000","mismatches":["permit-region-mismatch"],
             "findings":[{"rule":"contract.permit.same-region","type":"permit-region-mismatch",
               "detail":"Permit WP-2026-000123 is valid in region 750000000, not 710000000"}]}""";
    private static final String TERMS_EXAMPLE = """
            {"type":"https://registry.migration.gov.kz/problems/weekly-hours-above-normal",
             "title":"Normal working time is at most 40 hours a week","status":422,
             "detail":"60 normal hours a week exceed the Labour Code's 40 (art. 68); overtime is not part of the contract's normal hours; Wages are set and paid in tenge (Labour Code art. 113); the salary is in USD",
             "maximumWeeklyHours":40,"requiredCurrency":"KZT",
             "mismatches":["weekly-hours-above-normal","salary-not-in-tenge"],
             "findings":[{"rule":"contract.terms.normal-hours","type":"weekly-hours-above-normal",
               "detail":"60 normal hours a week exceed the Labour Code's 40 (art. 68); overtime is not part of the contract's normal hours"},
              {"rule":"contract.terms.salary-in-tenge","type":"salary-not-in-tenge",
               "detail":"Wages are set and paid in tenge (Labour Code art. 113); the salary is in USD"}]}""";
    private static final String EAEU_REQUEST_EXAMPLE = """
            {"worker": {"fullName": "Ivan Petrov", "passportNumber": "RU7654321", "citizenship": "RU"},
             "position": "Welder", "occupationCode": "7212", "region": "750000000", "startDate": "2026-12-01",
             "endDate": "2027-11-30", "salary": "420000.00", "currency": "KZT", "weeklyHours": 40,
             "signedOn": "2026-11-20"}""";
    private static final String HOUSEHOLD_REQUEST_EXAMPLE = """
            {"worker": {"fullName": "Dilshod Yusupov", "passportNumber": "FA7654321", "citizenship": "UZ"},
             "permitNumber": "LI-2026-000077", "position": "Housekeeper", "occupationCode": "5152",
             "region": "750000000", "startDate": "2026-12-01", "endDate": "2027-06-30", "salary": "180000.00",
             "currency": "KZT", "weeklyHours": 40, "signedOn": "2026-11-20"}""";
    private static final String EMPLOYER_PERMIT_REQUEST_EXAMPLE = """
            {"worker": {"fullName": "Alisher Karimov", "passportNumber": "FA1234567", "citizenship": "UZ"},
             "permitNumber": "WP-2026-000123", "position": "Software developer", "occupationCode": "2512",
             "region": "750000000", "startDate": "2026-12-01", "endDate": "2027-11-30", "salary": "650000.00",
             "currency": "KZT", "weeklyHours": 40, "signedOn": "2026-11-20"}""";

    @Inject
    ContractRegistrationService registration;

    @Inject
    ContractChangeService changes;

    @Inject
    ContractQueryService queries;

    @Inject
    Caller caller;

    @Inject
    Clock clock;

    @POST
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "registerContract", summary = "Register a labour contract", description = """
            Role employer: a company (token claim bin) or a private individual hiring for the household (claim
            iin); the contract is registered for the caller. The rules (docs/rules.md, contract.*) are checked all at
            once and every finding is listed: the problem type of the first, all types in `mismatches`, each with its
            rule id and detail in `findings`.

            - A foreign worker needs a permit (`permit-required`), except a citizen of an EAEU member state on the
              signing date (Armenia, Belarus, Kyrgyzstan, Russia), whose contract names none
              (`eaeu-citizen-needs-no-permit` when it does); a citizen of Kazakhstan is refused (`worker-not-foreign`).
            - The permit, from the read-model fed by permit.events: `permit-unknown`, `permit-not-issued`, issued to
              this employer (`permit-other-employer`), for this worker's passport (`worker-document-mismatch`), region
              (`permit-region-mismatch`) and occupation (`permit-occupation-mismatch`); the contract's dates within
              the permit (`contract-outside-permit-validity`) and an end date on it (`contract-end-date-required`);
              an employer's permit backs one active contract (`permit-already-in-use`).
            - A labour immigrant's own permit: private individuals only (`labour-immigrant-employer-not-allowed`),
              household occupations only (`labour-immigrant-occupation-not-household`), both dated configuration.
            - Terms: salary in tenge (`salary-not-in-tenge`), at least the minimum monthly wage of the signing year,
              pro rata below 40 hours (`salary-below-minimum-wage`), at least the salary the permit application
              declared (`salary-below-permit`), at most 40 normal hours a week (`weekly-hours-above-normal`).

            Registration more than 5 working days after signing is accepted and flagged `late`. Requires
            Idempotency-Key (428 without): a retry with the same key and body returns the first result (header
            Idempotency-Replayed: true). Records a REGISTERED entry for the registry log: the registry sequencer
            chains it shortly after the commit (milliseconds), and only then is its registry sequence known and
            ContractRegistered (carrying it) published; until then the entry is counted in `pendingEntries` of
            /registry/verify.""")
    @RequestBody(content = @Content(schema = @Schema(implementation = RegisterContractRequest.class), examples = {
            @ExampleObject(name = "employer permit", value = EMPLOYER_PERMIT_REQUEST_EXAMPLE),
            @ExampleObject(name = "EAEU citizen, no permit", value = EAEU_REQUEST_EXAMPLE),
            @ExampleObject(name = "household work on a labour-immigrant permit", value = HOUSEHOLD_REQUEST_EXAMPLE)}))
    @APIResponse(responseCode = "201", description = "Registered; ETag carries the version", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class), examples = @ExampleObject(name = "registered", value = CONTRACT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid request: the violations name each field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Refused by the rules; every finding is listed (see the description for the types)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = {
            @ExampleObject(name = "region mismatch", value = MISMATCH_EXAMPLE),
            @ExampleObject(name = "hours and currency", value = TERMS_EXAMPLE)}))
    @APIResponse(responseCode = "428", description = "No Idempotency-Key: a blind retry would register the contract twice", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "503", description = "Reference data missing: the minimum wage of the signing year or the public holidays needed for the deadline", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public RestResponse<String> register(
            @Parameter(required = true, description = "Unique per intended registration, 1-128 of A-Z a-z 0-9 . _ : -; without it the answer is 428") @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid RegisterContractRequest request) {
        IdempotencyKeys.Outcome<RegisteredContract> outcome = registration.register(employer(), idempotencyKey,
                request);
        RegisteredContract registered = outcome.result();
        // The body as stored for replays, not serialised again: a replay answers the same bytes. Typed as String,
        // the writer is chosen once at build time; a plain Response looked it up again on every request.
        return RestResponse.ResponseBuilder.<String>created(URI.create("/api/v1/contracts/" + registered.id()))
                .tag(EntityVersions.etag(registered.version())).header(REPLAYED_HEADER, outcome.replayed())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(registered.body()).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "getContract", summary = "Read a contract", description = """
            Roles employer (own contracts only: a company's by BIN, a private individual's by IIN), officer (own
            region only), ministry, auditor. Any other contract answers 404, exactly like a missing one. The ETag is
            the version to send in If-Match.""")
    @APIResponse(responseCode = "200", description = "The contract", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class), examples = @ExampleObject(name = "contract", value = CONTRACT_EXAMPLE)))
    public Response get(@PathParam("id") UUID id) {
        ContractView view = queries.get(id);
        return Response.ok(view).tag(EntityVersions.etag(view.version())).build();
    }

    @GET
    @RolesAllowed({Roles.EMPLOYER, Roles.OFFICER, Roles.MINISTRY, Roles.AUDITOR})
    @Operation(operationId = "searchContracts", summary = "Search contracts", description = """
            Roles ministry and auditor search everything; an employer sees only its own contracts (by BIN or, for a
            private individual, IIN) and an officer only its region's (other filters answer an empty page). Filters combine with AND; dates are ISO
            (yyyy-mm-dd, inclusive). Ordered by registration time; pass nextCursor back as cursor.""")
    @APIResponse(responseCode = "200", description = "One page (the example of each item is the contract's)")
    public Page<ContractView> search(
            @QueryParam("permitNumber") @Pattern(regexp = RegisterContractRequest.PERMIT_NUMBER, message = "must look like WP-2026-000123") String permitNumber,
            @Parameter(description = "Worker's passport number") @QueryParam("workerDocument") @Size(max = 20) String workerDocument,
            @QueryParam("employerBin") @Bin String employerBin,
            @Parameter(description = "IIN of an employer who is a private individual") @QueryParam("employerIin") @Iin String employerIin,
            @QueryParam("region") @Kato String region,
            @Parameter(schema = @Schema(enumeration = {"ACTIVE", "TERMINATED", "PERMIT_REVOKED", "PERMIT_EXPIRED",
                    "PERMIT_TERMINATED"})) @QueryParam("status") String status,
            @QueryParam("late") Boolean late,
            @Parameter(description = "Contract start date from", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("startFrom") String startFrom,
            @Parameter(description = "Contract start date to", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("startTo") String startTo,
            @Parameter(description = "Registered on or after (Asia/Almaty date)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("registeredFrom") String registeredFrom,
            @Parameter(description = "Registered on or before (Asia/Almaty date)", schema = @Schema(type = SchemaType.STRING, format = "date")) @QueryParam("registeredTo") String registeredTo,
            @QueryParam("limit") @DefaultValue("50") @Min(1) @Max(200) int limit,
            @QueryParam("cursor") @Size(max = 200) String cursor) {
        LocalDate registeredToDate = date("registeredTo", registeredTo);
        ContractRepository.Filter filter = new ContractRepository.Filter(permitNumber, workerDocument, employerBin,
                employerIin, region, status(status), late, date("startFrom", startFrom), date("startTo", startTo),
                startOfDay(date("registeredFrom", registeredFrom)),
                startOfDay(registeredToDate == null ? null : registeredToDate.plusDays(1)));
        return queries.search(filter, cursor, limit);
    }

    @POST
    @Path("/{id}/amendments")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "amendContract", summary = "Register an amendment", description = """
            Role employer, own active contracts. Changes salary (and currency), position and/or end date; the end
            date must stay within the permit's validity (`contract-outside-permit-validity`). A new salary is held to
            the same rules as at registration, with the minimum wage of the amendment's signing year: tenge
            (`salary-not-in-tenge`), at least the minimum wage (`salary-below-minimum-wage`) and the salary the
            permit application declared (`salary-below-permit`); every finding is listed. Requires If-Match with the
            contract's ETag (428 without, 412 when stale). Registered more than 15 days after the amendment was
            signed: accepted and counted as a late amendment. Records an AMENDED registry entry; the sequencer
            chains it and publishes ContractAmended.""")
    @APIResponse(responseCode = "200", description = "Amended; new ETag", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class), examples = @ExampleObject(name = "amended", value = CONTRACT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid request or nothing changed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The contract is not active", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "contract-outside-permit-validity, salary-not-in-tenge, salary-below-minimum-wage or salary-below-permit", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response amend(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid AmendContractRequest request) {
        ContractView view = changes.amend(employer(), id, EntityVersions.required(ifMatch), request);
        return Response.ok(view).tag(EntityVersions.etag(view.version())).build();
    }

    @POST
    @Path("/{id}/termination")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "terminateContract", summary = "Register the termination", description = """
            Role employer, own contracts that are not terminated yet (including those whose permit ended).
            Requires If-Match. The termination date may not precede the signing or lie in the future; it may precede
            the start (a worker who never arrives). Records a
            TERMINATED registry entry; the sequencer chains it and publishes ContractTerminated (permit-service then
            terminates the permit). While a labour inspector's termination hold covers the contract (a wages or
            withheld-passport case about the employer is open), the employer's termination for EMPLOYER_INITIATIVE,
            MUTUAL_AGREEMENT, OTHER, or TERM_EXPIRED before the end date is 409 termination-hold-in-force and changes
            nothing; WORKER_INITIATIVE, PERMIT_ENDED and a term that has run out still register.""")
    @APIResponse(responseCode = "200", description = "Terminated", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class), examples = @ExampleObject(name = "terminated", value = CONTRACT_EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already terminated, or held by a labour inspection (termination-hold-in-force)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class), examples = @ExampleObject(name = "held", value = """
            {"type":"https://registry.migration.gov.kz/problems/termination-hold-in-force","status":409,
             "title":"A labour inspection holds the termination of this worker's contract",
             "detail":"A labour inspection holds the termination of this worker's contract at the employer's initiative until the inspector lifts the hold; the worker's own resignation is still registered",
             "reason":"EMPLOYER_INITIATIVE"}""")))
    public Response terminate(@PathParam("id") UUID id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid TerminateContractRequest request) {
        ContractView view = changes.terminate(employer(), id, EntityVersions.required(ifMatch), request);
        return Response.ok(view).tag(EntityVersions.etag(view.version())).build();
    }

    @POST
    @Path("/{id}/replacement")
    @RolesAllowed(Roles.EMPLOYER)
    @Operation(operationId = "reportReplacement", summary = "Report replacement by a citizen", description = """
            Role employer, own contracts. Reports that a Kazakh citizen (IIN, validated) replaced the foreign
            worker (seed 004). Once per contract. The IIN is stored but never published: ForeignWorkerReplaced
            carries only the contract, employer, region, occupation and date. Idempotency-Key is honoured.""")
    @APIResponse(responseCode = "201", description = "Recorded", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractView.class), examples = @ExampleObject(name = "replaced", value = CONTRACT_EXAMPLE)))
    @APIResponse(responseCode = "409", description = "replacement-already-reported", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response reportReplacement(@PathParam("id") UUID id,
            @HeaderParam(IdempotencyKeys.HEADER) String idempotencyKey,
            @NotNull @Valid ReportReplacementRequest request) {
        IdempotencyKeys.Outcome<ContractView> outcome = changes.reportReplacement(employer(), id, idempotencyKey,
                request);
        return Response.status(Response.Status.CREATED).tag(EntityVersions.etag(outcome.result().version()))
                .header(REPLAYED_HEADER, outcome.replayed()).entity(outcome.result()).build();
    }

    @GET
    @Path("/statistics")
    @RolesAllowed({Roles.MINISTRY, Roles.AUDITOR, Roles.OFFICER})
    @Operation(operationId = "contractStatistics", summary = "Registration statistics", description = """
            Roles ministry, auditor (all regions) and officer (own region). Registrations of a year by region,
            with late registrations, amendments, late amendments, terminations, contracts ended with their permit
            and replacements by citizens.""")
    @APIResponse(responseCode = "200", description = "Counts by region", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContractStatistics.class), examples = @ExampleObject(name = "year", value = """
            {"year":2026,"regions":[{"region":"750000000","registered":120,"late":7,"active":101,"terminated":15,
             "endedWithPermit":4,"amendments":12,"lateAmendments":1,"replacedByCitizens":3}]}""")))
    public ContractStatistics statistics(@QueryParam("year") @NotNull @Min(2000) @Max(2100) Integer year,
            @QueryParam("region") @Kato String region) {
        return queries.statistics(year, region);
    }

    /** The calling employer: a company by its BIN, or a private individual by IIN. */
    private ContractEmployer employer() {
        return new ContractEmployer(caller.employerId(), caller.isIndividualEmployer());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        LocalDate date;
        try {
            date = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date yyyy-mm-dd");
        }
        // ISO dates may carry a sign and more than four year digits; the search's day arithmetic and the database
        // both end long before Java's last date.
        if (date.getYear() < 1 || date.getYear() > 9999) {
            throw ProblemException.invalid(field, "must be a date yyyy-mm-dd");
        }
        return date;
    }

    private static ContractStatus status(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return ContractStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of ACTIVE, TERMINATED, PERMIT_REVOKED, "
                    + "PERMIT_EXPIRED, PERMIT_TERMINATED");
        }
    }

    /** Query dates are days in the service's zone (Asia/Almaty). */
    private Instant startOfDay(LocalDate date) {
        return date == null ? null : date.atStartOfDay(clock.getZone()).toInstant();
    }
}
