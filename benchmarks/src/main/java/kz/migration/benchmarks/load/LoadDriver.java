package kz.migration.benchmarks.load;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;

import kz.migration.benchmarks.Commands;
import kz.migration.common.identifier.BusinessIdentifiers;
import kz.migration.testsupport.DevKeys;
import kz.migration.testsupport.Tokens;

/**
 * Mixed load against a running local stack ({@code ./registry up}): employer journeys (application, MFA check,
 * review, approval, quota saga, fee, issue, contract registration, public and internal reads) on several threads
 * until a fixed number of requests, against a quota smaller than the approvals so some are refused; then a burst
 * of contract registrations alone, and pgbench inserts on the same PostgreSQL server with as many clients.
 * Writes {@code benchmarks/reports/load.md}.
 *
 * <p>
 * Run: {@code ./registry up} (best on fresh data: {@code ./registry reset} first), then {@code ./mvnw -pl benchmarks
 * exec:java@load [-Dload.requests=5000] [-Dload.clients=8] [-Dload.pgbench-seconds=15]}. The stack's ports come
 * from {@code .registry-data/stack.properties}, its signing key from {@code .registry-data/keys}. A short check
 * that the driver still runs: {@code -Dload.requests=300 -Dload.clients=2 -Dload.pgbench-seconds=2
 * -Dload.report=benchmarks/target/load-check.md}.
 */
public final class LoadDriver {

    private static final String REGION = "470000000";
    private static final String CATEGORY = "CATEGORY_4";
    private static final String OCCUPATION = "2512";
    /** A citizen of India: neither an EAEU member state (no permit needed) nor visa-free. */
    private static final String CITIZENSHIP = "IN";
    /** The domestic search lasts 15 full calendar days: the test passes on the 16th day after posting. */
    private static final String SEARCH_PERIOD = "P16D";
    /** The citizens each employer declares in categories 3 and 4. */
    private static final int CATEGORY_3_CITIZENS = 900;
    private static final int CATEGORY_4_CITIZENS = 9000;

    private final Path root;
    private final int requests = Integer.getInteger("load.requests", 5000);
    private final int clients = Integer.getInteger("load.clients", 8);
    private final int pgbenchSeconds = Integer.getInteger("load.pgbench-seconds", 15);
    /** Share of approvals the quota can take; the rest are refused QUOTA_EXHAUSTED by the saga. */
    private final double quotaShare = Double.parseDouble(System.getProperty("load.quota-share", "0.7"));
    /** Where the report goes; a short check run names another file, so the committed report stays as measured. */
    private final String reportFile = System.getProperty("load.report", "benchmarks/reports/load.md");

    private final String vacancyUrl;
    private final String permitUrl;
    private final String quotaUrl;
    private final String contractUrl;
    private final int postgresPort;
    private final Tokens tokens;
    private final EndpointStats mixed = new EndpointStats();
    private final EndpointStats burst = new EndpointStats();
    private final AtomicInteger issued = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger contractsRegistered = new AtomicInteger();
    private final AtomicInteger failures = new AtomicInteger();
    private final ConcurrentLinkedQueue<long[]> visibility = new ConcurrentLinkedQueue<>();
    private final Histogram quotaVisible = new ConcurrentHistogram(3_600_000_000L, 3);
    private int year;

    /**
     * An employer of the run with its token and vacancy, and its permits the registry holds: the local-content check
     * counts those and refuses a declaration of fewer foreign workers. Each employer's journeys run one after another
     * on one thread, so every earlier application is issued or refused when the next is submitted.
     */
    record Employer(String bin, String token, String vacancyId, AtomicInteger permits) {
    }

    /** An issued permit waiting for the burst phase. */
    record IssuedPermit(String token, String permitNumber, String passport, String validFrom, String validTo) {
    }

    private final List<IssuedPermit> burstPermits = new CopyOnWriteArrayList<>();

    LoadDriver(Path root) throws IOException {
        this.root = root;
        Properties stack = new Properties();
        Path state = root.resolve(".registry-data").resolve("stack.properties");
        if (!Files.exists(state)) {
            throw new IllegalStateException("no running stack: " + state + " missing (./registry up first)");
        }
        try (Reader in = Files.newBufferedReader(state)) {
            stack.load(in);
        }
        int base = Integer.parseInt(stack.getProperty("http.port-base", "8081"));
        vacancyUrl = "http://localhost:" + base;
        permitUrl = "http://localhost:" + (base + 1);
        quotaUrl = "http://localhost:" + (base + 2);
        contractUrl = "http://localhost:" + (base + 3);
        postgresPort = Integer.parseInt(stack.getProperty("postgres.port", "5432"));
        tokens = new Tokens(DevKeys.loadOrCreate(root.resolve(".registry-data").resolve("keys")));
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(System.getProperty("registry.root", System.getProperty("user.dir"))).toAbsolutePath();
        if (!Files.exists(root.resolve(".registry-data")) && Files.exists(root.getParent().resolve(".registry-data"))) {
            root = root.getParent();
        }
        new LoadDriver(root).run();
        System.exit(0);
    }

    private String token(String role, String bin, String region) {
        // The services refuse tokens that live longer than an hour (smallrye.jwt.time-to-live).
        return tokens.mint("load-" + role, role, bin, region, Duration.ofMinutes(59));
    }

    void run() throws Exception {
        String loadBefore = loadAverage();
        Instant began = Instant.now();
        RegistryApi setup = new RegistryApi(new EndpointStats());
        String ministry = token("ministry", null, null);

        // Employers and vacancies; one clock advance passes all their labour-market tests.
        List<Employer> employers = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            String bin = bin();
            String token = token("employer", bin, null);
            RegistryApi.Answer vacancy = setup.post("setup", vacancyUrl + "/api/v1/vacancies", token, """
                    {"title": "Load test developer", "occupationCode": "%s", "region": "%s", "positions": 10000,
                     "salary": {"amount": "450000.00", "currency": "KZT"},
                     "requirements": {"educationLevel": "HIGHER", "experienceYears": 3, "languages": ["en"]},
                     "workSchedule": "FULL_TIME"}""".formatted(OCCUPATION, REGION));
            require(vacancy, 201, "post vacancy");
            employers.add(new Employer(bin, token, vacancy.json().get("id").asText(), new AtomicInteger()));
        }
        for (String url : List.of(vacancyUrl, permitUrl, quotaUrl, contractUrl)) {
            require(setup.post("setup", url + "/dev/clock/advance", null, "{\"by\":\"" + SEARCH_PERIOD + "\"}"), 200,
                    "clock");
        }
        for (Employer employer : employers) {
            awaitTrue(() -> setup.get("setup", vacancyUrl + "/api/v1/vacancies/" + employer.vacancyId(),
                    employer.token()).json().path("labourMarketTestPassed").asBoolean(), "labour-market test");
        }
        year = LocalDate.parse(setup.get("setup", quotaUrl + "/dev/clock", null).json().get("today").asText())
                .getYear();
        // Journeys are about 12 requests each; the quota takes quotaShare of their approvals.
        int units = Math.max(1, (int) (requests / 12.0 * quotaShare));
        int allocated = allocate(setup, ministry, units);
        System.out.printf("[load] %d employers ready; %s %s %d: %d units allocated (%d free for this run)%n",
                clients, REGION, CATEGORY, year, allocated, units);

        // Mixed phase.
        Instant mixedStart = Instant.now();
        Thread observer = new Thread(this::observeQuota, "quota-observer");
        observer.setDaemon(true);
        observer.start();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        for (Employer employer : employers) {
            pool.submit(() -> journeys(employer));
        }
        pool.shutdown();
        pool.awaitTermination(2, TimeUnit.HOURS);
        Duration mixedTime = Duration.between(mixedStart, Instant.now());
        awaitTrue(visibility::isEmpty, "quota visibility of the last permits");
        observer.interrupt();

        // Registration burst: the permits kept aside, registered by all threads at once.
        Instant burstStart = Instant.now();
        ExecutorService registrars = Executors.newFixedThreadPool(clients);
        List<IssuedPermit> queue = Collections.synchronizedList(new ArrayList<>(burstPermits));
        AtomicInteger burstRegistered = new AtomicInteger();
        for (int i = 0; i < clients; i++) {
            registrars.submit(() -> {
                RegistryApi api = new RegistryApi(burst);
                while (true) {
                    IssuedPermit permit;
                    synchronized (queue) {
                        if (queue.isEmpty()) {
                            return;
                        }
                        permit = queue.remove(queue.size() - 1);
                    }
                    if (registerContract(api, permit, "register contract (burst)")) {
                        burstRegistered.incrementAndGet();
                    }
                }
            });
        }
        registrars.shutdown();
        registrars.awaitTermination(1, TimeUnit.HOURS);
        Duration burstTime = Duration.between(burstStart, Instant.now());

        // Over-issue: the balance and the ledger after everything settled.
        awaitTrue(() -> setup.get("setup", quotaUrl + "/api/v1/quotas/" + year + "/" + REGION + "/" + CATEGORY,
                ministry).json().path("reserved").asInt() == 0, "quota reservations settled");
        JsonNode balance = setup.get("setup", quotaUrl + "/api/v1/quotas/" + year + "/" + REGION + "/" + CATEGORY,
                ministry).json();
        JsonNode ledger = setup.get("setup", quotaUrl + "/api/v1/quota-ledger/verification?year=" + year, ministry)
                .json();
        int overIssue = Math.max(0, balance.get("used").asInt() + balance.get("reserved").asInt()
                - balance.get("allocated").asInt());

        Path report = root.resolve(reportFile);
        String loadAfterRun = loadAverage();
        Pgbench pgbench = pgbench();
        new LoadReport(root, began, loadBefore, loadAfterRun, loadAverage(), requests, clients, mixed, mixedTime,
                burst, burstTime, burstRegistered.get(), quotaVisible, issued.get(), refused.get(),
                contractsRegistered.get(), failures.get(), balance, ledger, overIssue, pgbench, postgresSettings())
                .write(report);
    }

    /** One employer's journeys until the run has made its requests. */
    private void journeys(Employer employer) {
        RegistryApi api = new RegistryApi(mixed);
        String mfa = token("mfa", null, null);
        String officer = token("officer", null, REGION);
        String gateway = token("payment-gateway", null, null);
        String ministry = token("ministry", null, null);
        while (mixed.requests() < requests) {
            try {
                journey(api, employer, mfa, officer, gateway, ministry);
            } catch (RuntimeException e) {
                failures.incrementAndGet();
                System.out.println("[load] journey failed: " + e.getMessage());
            }
        }
    }

    private void journey(RegistryApi api, Employer employer, String mfa, String officer, String gateway,
            String ministry) {
        String passport = "L" + (10_000_000 + ThreadLocalRandom.current().nextInt(89_999_999));
        RegistryApi.Answer submitted = api.post("POST /permit-applications", permitUrl + "/api/v1/permit-applications",
                employer.token(),
                """
                        {"vacancyId": "%s", "region": "%s", "category": "%s", "occupationCode": "%s", "termDays": 365,
                         "worker": {"fullName": "Load Worker", "citizenship": "%s", "passportNumber": "%s",
                                    "passportExpiry": "2040-01-01", "educationDocumentId": "DIP-1", "educationCountry": "%s",
                                    "legalisationReference": "APO-1"},
                         "salary": {"amount": "550000.00", "currency": "KZT"},
                         "headcount": {"category1": {"citizens": 2, "foreigners": 0}, "category2": {"citizens": 9, "foreigners": 0},
                                       "category3": {"citizens": %d, "foreigners": 0}, "category4": {"citizens": %d, "foreigners": %d},
                                       "intraCorporateTransfer": {"citizens": 0, "foreigners": 0}},
                         "totalEmployees": %d, "smallBusiness": false}"""
                        .formatted(employer.vacancyId(), REGION, CATEGORY, OCCUPATION, CITIZENSHIP, passport,
                                CITIZENSHIP, CATEGORY_3_CITIZENS, CATEGORY_4_CITIZENS, employer.permits().get(),
                                11 + CATEGORY_3_CITIZENS + CATEGORY_4_CITIZENS + employer.permits().get()));
        require(submitted, 201, "submit");
        String id = submitted.json().get("id").asText();
        String application = permitUrl + "/api/v1/permit-applications/" + id;
        String checkId = null;
        while (checkId == null) {
            RegistryApi.Answer page = api.get("GET /document-verifications", permitUrl
                    + "/api/v1/document-verifications?status=PENDING&limit=200", mfa);
            for (JsonNode item : page.json().path("items")) {
                if (id.equals(item.path("applicationId").asText())) {
                    checkId = item.get("id").asText();
                }
            }
            pause(checkId == null ? 20 : 0);
        }
        require(api.post("POST /document-verifications/{id}/answer", permitUrl + "/api/v1/document-verifications/"
                + checkId + "/answer", mfa, "{\"answer\": \"CONFIRMED\"}"), 200, "answer");
        require(api.post("POST /permit-applications/{id}/review", application + "/review", officer, null), 200,
                "review");
        require(api.post("POST /permit-applications/{id}/decision", application + "/decision", officer,
                "{\"decision\": \"APPROVE\"}"), 200, "approve");
        JsonNode view;
        do {
            pause(20);
            view = api.get("GET /permit-applications/{id}", application, employer.token()).json();
        } while ("APPROVED".equals(view.path("status").asText()));
        if ("REFUSED".equals(view.path("status").asText())) {
            refused.incrementAndGet();
            return;
        }
        // Awaiting its fee, the permit already counts among the employer's foreign workers.
        employer.permits().incrementAndGet();
        RegistryApi.Answer paid = api.post("POST /permit-applications/{id}/fee-payment", application + "/fee-payment",
                gateway, "{\"paymentReference\": \"LOAD-%s\", \"amount\": %s, \"paidAt\": \"%s\"}".formatted(id,
                        view.get("fee"), Instant.now()));
        require(paid, 200, "fee");
        long issuedAt = System.nanoTime();
        int issuedSoFar = issued.incrementAndGet();
        visibility.add(new long[]{issuedAt, issuedSoFar});
        IssuedPermit permit = new IssuedPermit(employer.token(), paid.json().get("permitNumber").asText(), passport,
                paid.json().get("validFrom").asText(), paid.json().get("validTo").asText());
        api.get("GET /public/permits/{number}/status", permitUrl + "/api/v1/public/permits/" + permit.permitNumber()
                + "/status?document=" + passport, null);
        api.get("GET /vacancies/{id}", vacancyUrl + "/api/v1/vacancies/" + employer.vacancyId(), employer.token());
        api.get("GET /quotas/{year}/{region}/{category}", quotaUrl + "/api/v1/quotas/" + year + "/" + REGION + "/"
                + CATEGORY, ministry);
        // Every other permit's contract is registered now; the rest wait for the registration burst.
        if (issuedSoFar % 2 == 0) {
            burstPermits.add(permit);
        } else if (registerContract(api, permit, "POST /contracts")) {
            contractsRegistered.incrementAndGet();
        }
    }

    /** Registers the permit's contract, waiting while contract-registry has not yet read the permit's event. */
    private boolean registerContract(RegistryApi api, IssuedPermit permit, String endpoint) {
        for (int attempt = 0; attempt < 200; attempt++) {
            RegistryApi.Answer answer = api.post(endpoint, contractUrl + "/api/v1/contracts", permit.token(), """
                    {"worker": {"fullName": "Load Worker", "passportNumber": "%s", "citizenship": "%s"},
                     "permitNumber": "%s", "position": "Developer", "occupationCode": "%s", "region": "%s",
                     "startDate": "%s", "endDate": "%s", "salary": "550000.00", "currency": "KZT", "weeklyHours": 40,
                     "signedOn": "%s"}""".formatted(permit.passport(), CITIZENSHIP, permit.permitNumber(), OCCUPATION,
                    REGION, permit.validFrom(), permit.validTo(), permit.validFrom()));
            if (answer.status() == 201) {
                return true;
            }
            if (answer.status() != 422 || !answer.json().path("type").asText().endsWith("/permit-unknown")) {
                failures.incrementAndGet();
                System.out.println("[load] contract refused: " + answer.status() + " " + answer.json());
                return false;
            }
            pause(20);
        }
        return false;
    }

    /** Polls the balance; an issued permit is visible once {@code used} counts every permit issued up to it. */
    private void observeQuota() {
        RegistryApi api = new RegistryApi(new EndpointStats());
        String ministry = token("ministry", null, null);
        String url = quotaUrl + "/api/v1/quotas/" + year + "/" + REGION + "/" + CATEGORY;
        int base = -1;
        while (!Thread.currentThread().isInterrupted()) {
            JsonNode balance = api.get("observe", url, ministry).json();
            long now = System.nanoTime();
            if (balance != null) {
                int used = balance.path("used").asInt();
                if (base < 0) {
                    base = used - issued.get();
                }
                while (!visibility.isEmpty() && visibility.peek()[1] <= used - base) {
                    quotaVisible.recordValue(Math.max(1, (now - visibility.poll()[0]) / 1000));
                }
            }
            pause(10);
        }
    }

    /**
     * Our region's allocation for this run: what is already committed there plus {@code units}. An existing balance
     * is adjusted (If-Match: its ETag); else the region joins the year's plan, by a revision when the year has one
     * (If-Match: the plan's ETag; the national figure grows by the region's units), or as the year's first plan.
     */
    private int allocate(RegistryApi api, String ministry, int units) {
        String url = quotaUrl + "/api/v1/quotas/" + year + "/" + REGION + "/" + CATEGORY;
        RegistryApi.Answer current = api.get("setup", url, ministry);
        if (current.status() == 200) {
            int allocated = current.json().get("used").asInt() + current.json().get("reserved").asInt() + units;
            require(api.put("setup", url + "/allocation", ministry, current.etag(),
                    "{\"allocated\": " + allocated + ", \"reason\": \"Load test\"}"), 200, "allocation");
            return allocated;
        }
        RegistryApi.Answer plan = api.get("setup", quotaUrl + "/api/v1/quota-plans/" + year, ministry);
        if (plan.status() == 200) {
            int national = units;
            for (JsonNode category : plan.json().path("categories")) {
                if (CATEGORY.equals(category.path("category").asText())) {
                    national += category.path("national").asInt();
                }
            }
            require(api.patch("setup", quotaUrl + "/api/v1/quota-plans/" + year, ministry, plan.etag(), """
                    {"reason": "Load test", "categories": [{"category": "%s", "national": %d,
                     "regions": [{"region": "%s", "allocated": %d}]}]}""".formatted(CATEGORY, national, REGION,
                    units)), 200, "quota plan revision");
            return units;
        }
        require(api.post("setup", quotaUrl + "/api/v1/quota-plans", ministry, """
                {"year": %d, "reason": "Load test", "categories": [{"category": "%s", "national": %d,
                 "regions": [{"region": "%s", "allocated": %d}]}]}""".formatted(year, CATEGORY, units, REGION, units)),
                201, "quota plan");
        return units;
    }

    /** pgbench single-row inserts on the stack's PostgreSQL, as many clients as the driver. */
    record Pgbench(String version, double tps, String latencyAverageMs, String command) {
    }

    private Pgbench pgbench() throws Exception {
        if (!Files.isExecutable(Path.of("/usr/bin/pgbench"))) {
            return new Pgbench("not installed", 0, "?", "");
        }
        String url = "jdbc:postgresql://localhost:" + postgresPort + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, "postgres", "");
                Statement statement = connection.createStatement()) {
            try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = 'pgbench_compare'")) {
                if (!rs.next()) {
                    statement.execute("create database pgbench_compare");
                }
            }
        }
        try (Connection connection = DriverManager.getConnection(url.replace("/postgres", "/pgbench_compare"),
                "postgres", ""); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists bench_insert (id bigserial primary key, payload text)");
        }
        Path script = Files.createTempFile("insert", ".sql");
        Files.writeString(script, "insert into bench_insert (payload) values (md5(random()::text));\n",
                StandardCharsets.UTF_8);
        List<String> command = List.of("pgbench", "-n", "-c", Integer.toString(clients), "-j", "2", "-M", "prepared",
                "-T", Integer.toString(pgbenchSeconds), "-f", script.toString(), "-h", "localhost", "-p",
                Integer.toString(postgresPort), "-U", "postgres", "pgbench_compare");
        String output = Commands.run(command);
        Files.deleteIfExists(script);
        return new Pgbench(Commands.run(List.of("pgbench", "--version")).trim(),
                Double.parseDouble(Commands.firstGroup(output,
                        "tps = ([0-9.]+)", "0")),
                Commands.firstGroup(output, "latency average = ([0-9.]+) ms", "0"), String.join(" ", command));
    }

    private Map<String, String> postgresSettings() throws Exception {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://localhost:" + postgresPort
                + "/postgres", "postgres", ""); Statement statement = connection.createStatement()) {
            for (String name : List.of("server_version", "synchronous_commit", "fsync", "shared_buffers",
                    "max_connections")) {
                try (ResultSet rs = statement.executeQuery("show " + name)) {
                    rs.next();
                    settings.put(name, rs.getString(1));
                }
            }
        }
        return settings;
    }

    static String loadAverage() {
        try {
            String[] cells = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return cells[0] + " / " + cells[1] + " / " + cells[2];
        } catch (IOException e) {
            return "?";
        }
    }

    private static void require(RegistryApi.Answer answer, int status, String what) {
        if (answer.status() != status) {
            throw new IllegalStateException(what + ": HTTP " + answer.status() + " " + answer.json());
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition, String what) {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(what + ": not within 3 minutes");
            }
            pause(100);
        }
    }

    private static void pause(long millis) {
        if (millis <= 0) {
            return;
        }
        try {
            TimeUnit.MILLISECONDS.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String bin() {
        while (true) {
            StringBuilder digits = new StringBuilder();
            while (digits.length() < 11) {
                digits.append(ThreadLocalRandom.current().nextInt(10));
            }
            try {
                return BusinessIdentifiers.withCheckDigit(digits.toString());
            } catch (IllegalArgumentException noCheckDigit) {
                // draw again
            }
        }
    }
}
