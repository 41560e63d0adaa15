package kz.migration.inspection.resource;

/** Problem bodies shown as OpenAPI examples; the success examples sit on the response records. */
final class ApiExamples {

    static final String NOT_IDENTIFIED = """
            {"type": "https://registry.migration.gov.kz/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No contract or permit with this number and passport number is registered"}""";
    static final String CASE_NOT_FOUND = """
            {"type": "https://registry.migration.gov.kz/problems/not-found", "title": "Not found", "status": 404,
             "detail": "No case with this number and token"}""";
    static final String STATE_CONFLICT = """
            {"type": "https://registry.migration.gov.kz/problems/state-conflict", "title": "Not allowed in the current state",
             "status": 409, "detail": "A case in status NOT_CONFIRMED cannot move to UNDER_INSPECTION",
             "currentStatus": "NOT_CONFIRMED", "requestedStatus": "UNDER_INSPECTION"}""";
    static final String FINDING_REFUSED = """
            {"type": "https://registry.migration.gov.kz/problems/inspection-finding-refused",
             "title": "The finding cannot close this case as it is", "status": 422,
             "detail": "KOAP_ART_86 does not ground a case of kind PASSPORT_WITHHELD",
             "findings": [{"rule": "inspection.finding.ground-fits-outcome",
             "detail": "KOAP_ART_86 does not ground a case of kind PASSPORT_WITHHELD"}]}""";
    static final String NO_HOLD = """
            {"type": "https://registry.migration.gov.kz/problems/termination-hold-not-in-force",
             "title": "The case has no termination hold in force", "status": 422,
             "detail": "The termination hold of case IC-2026-000017 was lifted already"}""";
    static final String CONTRACT_UNKNOWN = """
            {"type": "https://registry.migration.gov.kz/problems/wage-contract-unknown",
             "title": "No registered contract with this number", "status": 422,
             "detail": "No contract LC-2026-000045 is registered (a contract registered a moment ago may take a few seconds to arrive; retry)"}""";
    static final String NOT_IN_TENGE = """
            {"type": "https://registry.migration.gov.kz/problems/wage-not-in-tenge", "title": "Wages are paid in tenge",
             "status": 422, "detail": "Wages are paid in tenge (Labour Code art. 113(1)), not USD"}""";
    static final String PERIOD_OUTSIDE_CONTRACT = """
            {"type": "https://registry.migration.gov.kz/problems/wage-period-outside-contract",
             "title": "The month is outside the contract's term", "status": 422,
             "detail": "Contract LC-2026-000045 runs from 2026-09-01 to 2027-08-31, not in 2026-08"}""";
    static final String REFERENCE_REUSED = """
            {"type": "https://registry.migration.gov.kz/problems/wage-payment-reference-reused",
             "title": "The payment reference was reported with other details", "status": 409,
             "detail": "Payment reference HSBK-2026-11-000123456 was reported with other details"}""";
    static final String PERIOD_NOT_ENDED = """
            {"type": "https://registry.migration.gov.kz/problems/employer-report-period-not-ended",
             "title": "The reporting quarter has not ended", "status": 422,
             "detail": "The quarter 2026-Q4 ends on 2026-12-31; report it after that day", "periodEnd": "2026-12-31"}""";
    static final String NOT_EXPECTED = """
            {"type": "https://registry.migration.gov.kz/problems/employer-report-not-expected",
             "title": "The employer held no employer permit in the quarter", "status": 422,
             "detail": "BIN 120640004563 held no employer permit in 2026-Q3; there is nothing to report"}""";
    static final String NEEDS_NOTE = """
            {"type": "https://registry.migration.gov.kz/problems/employer-report-correction-needs-note",
             "title": "A corrected report says why", "status": 422,
             "detail": "The figures differ from the registry's draft; say why in note"}""";
    static final String ALREADY_SUBMITTED = """
            {"type": "https://registry.migration.gov.kz/problems/employer-report-already-submitted",
             "title": "The report of this quarter was already submitted", "status": 409,
             "detail": "The report of 2026-Q3 was submitted on 2026-10-05T06:00:00Z"}""";
    static final String TOO_MANY = """
            {"type": "https://registry.migration.gov.kz/problems/too-many-requests", "title": "Too many requests",
             "status": 429, "detail": "At most 30 requests per minute on public endpoints", "retryAfterSeconds": 42}""";
    static final String REFERENCE_DATA_MISSING = """
            {"type": "https://registry.migration.gov.kz/problems/reference-data-missing",
             "title": "The registry's reference data does not cover this date", "status": 503,
             "detail": "kz-public-holidays.csv has no public holidays for 2028 (needed for 2028-01-03); it covers [2025, 2026, 2027]",
             "referenceFile": "kz-public-holidays.csv"}""";

    private ApiExamples() {
    }
}
