package kz.migration.vacancy.resource;

/** Problem bodies shown as OpenAPI examples; the success examples sit on the response records. */
final class ApiExamples {

    static final String STATE_CONFLICT = """
            {"type": "https://registry.migration.gov.kz/problems/state-conflict", "title": "Not allowed in the current state",
             "status": 409, "detail": "Vacancy 0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10 is CLOSED and cannot be closed"}""";
    static final String SALARY_BELOW_MINIMUM = """
            {"type": "https://registry.migration.gov.kz/problems/vacancy-salary-below-minimum",
             "title": "Salary below the regional minimum", "status": 422,
             "detail": "A salary of 80000 KZT is below the minimum of 85000 KZT for region 750000000 in 2026",
             "minimumSalary": "85000", "currency": "KZT"}""";
    static final String TEST_ALREADY_PASSED = """
            {"type": "https://registry.migration.gov.kz/problems/vacancy-labour-market-test-passed",
             "title": "The labour-market test of this vacancy has passed", "status": 422,
             "detail": "The labour-market test of vacancy 0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10 has passed; a material change ([SALARY_LOWERED]) needs a new vacancy",
             "reasons": ["SALARY_LOWERED"]}""";
    static final String VACANCY_NOT_OPEN = """
            {"type": "https://registry.migration.gov.kz/problems/vacancy-not-open", "title": "The vacancy is not open",
             "status": 422, "detail": "Vacancy 0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10 is CLOSED; citizens are referred to open vacancies"}""";
    static final String CANDIDATE_ALREADY_REFERRED = """
            {"type": "https://registry.migration.gov.kz/problems/vacancy-candidate-already-referred",
             "title": "The citizen was already referred to this vacancy", "status": 422,
             "detail": "This citizen was already referred to vacancy 0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10"}""";
    static final String OUTCOME_ALREADY_RECORDED = """
            {"type": "https://registry.migration.gov.kz/problems/referral-outcome-recorded",
             "title": "The referral already has an outcome", "status": 422,
             "detail": "Referral 5d1e0c52-2f7b-4f0e-bb3c-0e6c8e1d9a11 already ended with HIRED", "outcome": "HIRED"}""";

    static final String POSITIONS_BELOW_TAKEN = """
            {"type": "https://registry.migration.gov.kz/problems/vacancy-positions-below-taken",
             "title": "Fewer positions than already hired or filled", "status": 422,
             "detail": "1 positions are fewer than the 2 already hired or filled", "taken": 2}""";
    static final String NO_OPEN_POSITIONS = """
            {"type": "https://registry.migration.gov.kz/problems/vacancy-no-open-positions",
             "title": "The vacancy has no open positions", "status": 422,
             "detail": "Every position of vacancy 0b9f6a4e-8d1c-4c7e-9f55-0d8c2b1f7a10 is taken"}""";
    static final String REFERENCE_DATA_MISSING = """
            {"type": "https://registry.migration.gov.kz/problems/reference-data-missing",
             "title": "The registry's reference data does not cover this date", "status": 503,
             "detail": "reference/economic-indicators.csv has no minimum_monthly_wage for 2027; the registry does not guess it. Operators add it to the reference data (registry.reference.dir)",
             "referenceFile": "economic-indicators.csv"}""";

    private ApiExamples() {
    }
}
