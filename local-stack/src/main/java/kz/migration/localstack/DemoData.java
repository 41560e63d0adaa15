package kz.migration.localstack;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import kz.migration.common.identifier.KatoRegions;

/**
 * Demo data, loaded once every service is UP. Each {@link Step} is one self-contained piece of the demo; to add
 * one (e.g. a vacancy posted by the demo employer once the vacancy API exists), append it to {@link #steps()}.
 * Steps run on every {@code up}, against data kept from earlier runs, so a step that creates something must be
 * idempotent: send a fixed {@code Idempotency-Key} and treat a replay as success.
 */
final class DemoData {

    /** What a step may use: the service base URLs and a signed token per role. */
    record Context(StackPorts ports, Map<String, String> tokenByRole) {
        String baseUrl(RegistryService service) {
            return ports.baseUrl(service);
        }
    }

    /** One piece of demo data; returns a short summary of what it did. */
    interface Step {
        String name();

        String run(Context context) throws Exception;
    }

    private final PrintStream out;

    DemoData(PrintStream out) {
        this.out = out;
    }

    static List<Step> steps() {
        return List.of(new ReferenceDataCheck(), new QuotaPlan(), new DemoVacancy(), new LabourImmigrantPermits(),
                new DemoGrievance());
    }

    /** POSTs JSON with a fixed Idempotency-Key (no token: a public endpoint); 200/201 (first time or replay) is success. */
    static String post(String url, String token, String idempotencyKey, String json) throws Exception {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        HttpRequest request = builder.header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey).header("X-Client-Id", "local-stack-demo")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 && response.statusCode() != 201) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + url + ": " + response.body());
        }
        return response.body();
    }

    /** The status of a GET. */
    static int status(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("X-Client-Id", "local-stack-demo").GET().build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    /** What a step waits for: the answer, or null to ask again. */
    interface Attempt {
        String call() throws Exception;
    }

    /**
     * Asks until the answer comes, for at most {@code within}: what one service wrote reaches the next through
     * Kafka moments later. The last failure is the message when it never comes.
     */
    static String eventually(String what, Duration within, Attempt attempt) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        String last = "no answer";
        while (true) {
            try {
                String answer = attempt.call();
                if (answer != null) {
                    return answer;
                }
            } catch (IllegalStateException e) {
                last = e.getMessage();
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(what + " not within " + within.toSeconds() + " s: " + last);
            }
            Thread.sleep(2000);
        }
    }

    /** The first string value of {@code "name": "value"} in a JSON answer, or null. */
    static String text(String json, String name) {
        java.util.regex.Matcher value = java.util.regex.Pattern
                .compile("\"" + name + "\"\\s*:\\s*\"([^\"]*)\"").matcher(json);
        return value.find() ? value.group(1) : null;
    }

    /**
     * The current year's national quota by category from {@code reference/quota-history.csv} (MTSZN figures),
     * spread evenly over the 20 regions: the sources publish no regional split, so the split is illustrative.
     * Labour immigrants have only a percentage in the sources; the demo gives them 2,000 units.
     */
    static final class QuotaPlan implements Step {

        static final Map<String, String> CATEGORIES = Map.of("1", "CATEGORY_1", "2", "CATEGORY_2", "3", "CATEGORY_3",
                "4", "CATEGORY_4", "seasonal", "SEASONAL");
        static final int LABOUR_IMMIGRANT_DEMO_UNITS = 2000;

        @Override
        public String name() {
            return "quota plan";
        }

        @Override
        public String run(Context context) throws Exception {
            int year = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty")).getYear();
            Map<String, Integer> national = new java.util.LinkedHashMap<>();
            try (InputStream in = DemoData.class.getResourceAsStream("/reference/quota-history.csv");
                    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                reader.lines().skip(1).map(line -> line.split(",", 4))
                        .filter(cells -> cells[0].equals(String.valueOf(year)) && CATEGORIES.containsKey(cells[1]))
                        .forEach(cells -> national.put(CATEGORIES.get(cells[1]), Integer.parseInt(cells[2])));
            }
            if (national.isEmpty()) {
                return "no quota figures for " + year + " in quota-history.csv; skipped";
            }
            // Once the year has a plan, only a change naming its ETag may replace it: keep the plan there is.
            String planUrl = context.baseUrl(RegistryService.QUOTA) + "/api/v1/quota-plans/" + year;
            if (status(planUrl, context.tokenByRole().get("ministry")) == 200) {
                return year + ": the year already has a quota plan; left as it is";
            }
            national.put("LABOUR_IMMIGRANT", LABOUR_IMMIGRANT_DEMO_UNITS);
            List<String> regions = new ArrayList<>(KatoRegions.all().keySet());
            StringBuilder json = new StringBuilder("{\"year\":" + year
                    + ",\"reason\":\"Demo: MTSZN national figures from reference/quota-history.csv, even regional split\",\"categories\":[");
            int total = 0;
            for (var category : national.entrySet()) {
                int units = category.getValue();
                total += units;
                json.append(json.charAt(json.length() - 1) == '[' ? "" : ",").append("{\"category\":\"")
                        .append(category.getKey()).append("\",\"national\":").append(units).append(",\"regions\":[");
                for (int i = 0; i < regions.size(); i++) {
                    int share = units / regions.size() + (i < units % regions.size() ? 1 : 0);
                    json.append(i == 0 ? "" : ",").append("{\"region\":\"").append(regions.get(i))
                            .append("\",\"allocated\":").append(share).append('}');
                }
                json.append("]}");
            }
            json.append("]}");
            post(context.baseUrl(RegistryService.QUOTA) + "/api/v1/quota-plans", context.tokenByRole().get("ministry"),
                    "demo-quota-plan-" + year, json.toString());
            return year + ": " + total + " units in " + national.size() + " categories over " + regions.size()
                    + " regions";
        }
    }

    /** The demo employer's vacancy in Almaty, so the 15-day search can be shown with {@code ./registry clock}. */
    static final class DemoVacancy implements Step {

        @Override
        public String name() {
            return "demo vacancy";
        }

        @Override
        public String run(Context context) throws Exception {
            String body = post(context.baseUrl(RegistryService.VACANCY) + "/api/v1/vacancies",
                    context.tokenByRole().get("employer"), "demo-vacancy-1",
                    """
                            {"title": "Senior Java developer", "occupationCode": "2512", "region": "750000000",
                             "positions": 2, "salary": {"amount": "450000.00", "currency": "KZT"},
                             "requirements": {"educationLevel": "HIGHER", "experienceYears": 3, "languages": ["en", "kk"]},
                             "workSchedule": "FULL_TIME"}""");
            java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(body);
            return "employer " + DevTokens.DEMO_BIN + " posted vacancy " + (id.find() ? id.group(1) : "?")
                    + " (2512 software developers, Almaty)";
        }
    }

    /**
     * One grievance case for the inspectorate's demo. A worker needs a registered contract to file one; the
     * shortest way there is a citizen of an EAEU member state, who needs no permit: the demo employer registers a Kyrgyz worker's
     * contract in Almaty, and once inspection-service has it (through contract.events) the worker reports excessive
     * hours without an account. A second {@code up} files nothing twice: the step stops when the inspector's queue
     * has a case, reuses the worker's contract when it is registered, and files under a key fixed by the contract.
     */
    static final class DemoGrievance implements Step {

        static final String PASSPORT = "AC0000023";
        static final Duration WAIT = Duration.ofSeconds(90);

        @Override
        public String name() {
            return "demo grievance";
        }

        @Override
        public String run(Context context) throws Exception {
            String inspection = context.baseUrl(RegistryService.INSPECTION);
            String queue = get(inspection + "/api/v1/cases?limit=1", context.tokenByRole().get("inspector"));
            if (text(queue, "caseNumber") != null) {
                return "the Almaty inspector's queue has case " + text(queue, "caseNumber") + " already; left as it is";
            }
            String employer = context.tokenByRole().get("employer");
            String contracts = context.baseUrl(RegistryService.CONTRACT) + "/api/v1/contracts";
            String contractNumber = text(get(contracts + "?workerDocument=" + PASSPORT, employer), "contractNumber");
            if (contractNumber == null) {
                java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Almaty"));
                contractNumber = text(post(contracts, employer, "demo-eaeu-contract-" + today, """
                        {"worker": {"fullName": "Aibek Toktogulov", "passportNumber": "%s", "citizenship": "KG"},
                         "position": "Bricklayer", "occupationCode": "7112", "region": "%s",
                         "startDate": "%s", "endDate": "%s", "salary": "250000.00", "currency": "KZT",
                         "weeklyHours": 40, "signedOn": "%s"}"""
                        .formatted(PASSPORT, DevTokens.DEMO_REGION, today, today.plusYears(1).minusDays(1), today)),
                        "contractNumber");
            }
            String number = contractNumber;
            String receipt = eventually("the grievance (inspection-service learns of the contract)", WAIT,
                    () -> post(inspection + "/api/v1/public/grievances", null, "demo-grievance-" + number,
                            """
                                    {"contractNumber": "%s", "passportNumber": "%s", "kind": "EXCESSIVE_HOURS",
                                     "description": "Twelve-hour days, six days a week, since the second month; overtime is not paid.",
                                     "preferredLanguage": "ky"}"""
                                    .formatted(number, PASSPORT)));
            return "case " + text(receipt, "caseNumber") + " (excessive hours, contract " + number + ", employer "
                    + DevTokens.DEMO_BIN + "), case token " + text(receipt, "caseToken")
                    + "; the inspector's queue: GET /api/v1/cases";
        }
    }

    /**
     * Labour-immigrant permits for household work in the demo region, taken through the whole of their way (filed by
     * the local executive body, agreed by the internal affairs bodies, approved, tax paid): quota-service then uses
     * a LABOUR_IMMIGRANT unit for each, so the quota dashboard shows permits issued this month. No 15-day
     * labour-market test stands in their way, unlike an employer's permit. Each request is filed under a fixed
     * Idempotency-Key and taken on from the status it has, so a later {@code up} finishes what an earlier one began.
     */
    static final class LabourImmigrantPermits implements Step {

        /** Name, citizenship (alpha-2; not an EAEU member state, whose citizens need no permit) and passport. */
        static final List<String[]> WORKERS = List.of(new String[]{"Aziz Karimov", "UZ", "FA7345120"},
                new String[]{"Dilnoza Rashidova", "UZ", "FA7345121"},
                new String[]{"Farrukh Saidov", "TJ", "400123456"},
                new String[]{"Gulnara Azimova", "UZ", "FA7345123"},
                new String[]{"Bakhtiyor Nazarov", "UZ", "FA7345122"},
                new String[]{"Munira Kholova", "TJ", "400123457"});
        static final String HOUSEHOLD_WORK = "9111";
        private static final java.util.regex.Pattern ID = java.util.regex.Pattern
                .compile("\"id\"\\s*:\\s*\"([^\"]+)\"");
        private static final java.util.regex.Pattern STATUS = java.util.regex.Pattern
                .compile("\"status\"\\s*:\\s*\"([A-Z_]+)\"");
        private static final java.util.regex.Pattern TAX_DUE = java.util.regex.Pattern.compile(
                "\"taxDue\"\\s*:\\s*\\{\\s*\"reference\"\\s*:\\s*\"([^\"]+)\".*?\"amount\"\\s*:\\s*(\\{[^}]*\\})");

        @Override
        public String name() {
            return "labour-immigrant permits";
        }

        @Override
        public String run(Context context) throws Exception {
            String permits = context.baseUrl(RegistryService.PERMIT) + "/api/v1/labour-immigrant-permits";
            String officer = context.tokenByRole().get("officer");
            Map<String, Integer> byStatus = new java.util.TreeMap<>();
            for (int i = 0; i < WORKERS.size(); i++) {
                String[] worker = WORKERS.get(i);
                String filed = post(permits, officer, "demo-labour-immigrant-" + (i + 1), """
                        {"fullName": "%s", "citizenship": "%s", "passportNumber": "%s", "passportExpiry": "2031-01-31",
                         "region": "%s", "occupationCode": "%s", "months": 6, "taxResidency": "NON_RESIDENT"}"""
                        .formatted(worker[0], worker[1], worker[2], DevTokens.DEMO_REGION, HOUSEHOLD_WORK));
                String id = group(ID, filed, 1);
                String view = get(permits + "/requests/" + id, officer);
                for (int step = 0; step < 3; step++) {
                    String status = group(STATUS, view, 1);
                    if ("AWAITING_AGREEMENT".equals(status)) {
                        view = post(permits + "/requests/" + id + "/agreement",
                                context.tokenByRole().get("migration-police"), "demo-li-agreement-" + id,
                                "{\"answer\": \"AGREE\"}");
                    } else if ("AWAITING_DECISION".equals(status)) {
                        view = post(permits + "/requests/" + id + "/decision", officer, "demo-li-decision-" + id,
                                "{\"decision\": \"APPROVE\"}");
                    } else if ("AWAITING_TAX".equals(status)) {
                        java.util.regex.Matcher due = TAX_DUE.matcher(view);
                        if (!due.find()) {
                            throw new IllegalStateException("no tax due in " + view);
                        }
                        post(permits + "/tax-dues/" + due.group(1) + "/payment",
                                context.tokenByRole().get("payment-gateway"), "demo-li-tax-" + id,
                                "{\"paymentReference\": \"DEMO-TAX-" + (i + 1) + "\", \"amount\": " + due.group(2)
                                        + ", \"paidAt\": \"" + java.time.Instant.now() + "\"}");
                        view = get(permits + "/requests/" + id, officer);
                    } else {
                        break;
                    }
                }
                byStatus.merge(group(STATUS, view, 1), 1, Integer::sum);
            }
            return WORKERS.size() + " household workers in " + KatoRegions.all().get(DevTokens.DEMO_REGION) + ": "
                    + byStatus + " (PENDING_QUOTA turns ISSUED once quota-service reserves the unit)";
        }

        private static String group(java.util.regex.Pattern pattern, String json, int group) {
            java.util.regex.Matcher matcher = pattern.matcher(json);
            if (!matcher.find()) {
                throw new IllegalStateException(pattern + " not in " + json);
            }
            return matcher.group(group);
        }
    }

    /** The body of a GET that must answer 200. */
    static String get(String url, String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("X-Client-Id", "local-stack-demo").GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode() + " from " + url + ": " + response.body());
        }
        return response.body();
    }

    /** Runs every step; a failing step is reported and does not stop the stack. Returns the number that failed. */
    int load(Context context) {
        int failed = 0;
        for (Step step : steps()) {
            try {
                out.printf("  demo data  %-22s %s%n", step.name(), step.run(context));
            } catch (Exception e) {
                failed++;
                out.printf("  demo data  %-22s FAILED: %s%n", step.name(), e.getMessage());
            }
        }
        return failed;
    }

    /**
     * The reference data the services seed from (regions, holidays, occupations, visa-free countries, quotas,
     * MCI) is on the classpath and readable: every file has its header and at least one row.
     */
    static final class ReferenceDataCheck implements Step {

        static final List<String> FILES = List.of("kato-regions.csv", "kz-public-holidays.csv",
                "occupations-sample.csv", "visa-free-countries.csv", "quota-history.csv",
                "economic-indicators.csv");

        @Override
        public String name() {
            return "reference data";
        }

        @Override
        public String run(Context context) {
            List<String> counts = new ArrayList<>();
            for (String file : FILES) {
                counts.add(rows(file) + " " + file.replace(".csv", ""));
            }
            if (!KatoRegions.isRegion(DevTokens.DEMO_REGION)) {
                throw new IllegalStateException("demo region " + DevTokens.DEMO_REGION + " not in kato-regions.csv");
            }
            return String.join(", ", counts);
        }

        static int rows(String file) {
            String resource = "/reference/" + file;
            try (InputStream in = DemoData.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException(resource + " is not on the classpath");
                }
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                String header = reader.readLine();
                if (header == null || !header.contains(",")) {
                    throw new IllegalStateException(resource + " has no CSV header");
                }
                int rows = (int) reader.lines().filter(line -> !line.isBlank()).count();
                if (rows == 0) {
                    throw new IllegalStateException(resource + " has no rows");
                }
                return rows;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
