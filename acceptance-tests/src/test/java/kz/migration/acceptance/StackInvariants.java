package kz.migration.acceptance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The invariants a run of {@link Journeys} must leave, read through the APIs and, where the API does not show them,
 * through each service's database (which reservation a permit consumed; registry entries per contract; unsent
 * outbox rows): shared by the fault-injection and scale-out runs. Each check is a row of the run's report; {@link
 * #assertHeld()} fails on every row that must hold and does not.
 */
final class StackInvariants {

    static final List<String> DATABASES = List.of("vacancy", "permit", "quota", "contract");

    /** One line of the report: what was counted, the count, whether it holds, and whether the run fails if not. */
    record Row(String what, String count, boolean holds, boolean asserted) {

        String markdown() {
            return "| " + what + " | " + count + " | " + (holds ? "yes" : "**NO**") + " |";
        }
    }

    private final AcceptanceStack stack;
    private final RegistryClients clients;
    private final Http http = new Http();
    private final List<Row> rows = new ArrayList<>();

    StackInvariants(AcceptanceStack stack, RegistryClients clients) {
        this.stack = stack;
        this.clients = clients;
    }

    List<Row> rows() {
        return rows;
    }

    void add(String what, String count, boolean holds) {
        rows.add(new Row(what, count, holds, true));
    }

    /** A row shown in the report that does not fail the run (a metric sampled every few seconds). */
    void note(String what, String count, boolean holds) {
        rows.add(new Row(what, count, holds, false));
    }

    /** The report's table. */
    List<String> table() {
        List<String> table = new ArrayList<>(List.of("| invariant | count | holds |", "|---|---|---|"));
        rows.forEach(row -> table.add(row.markdown()));
        return table;
    }

    /** Fails naming every row that must hold and does not. */
    void assertHeld() {
        assertEquals(List.of(), rows.stream().filter(row -> row.asserted() && !row.holds()).map(Row::markdown)
                .toList(), "invariants that do not hold");
    }

    /** Waits until every outbox is drained (a relay retries what it could not send) and the registry chained. */
    void awaitQuiet() throws InterruptedException {
        waitUntil(() -> DATABASES.stream().allMatch(db -> unsent(db) == 0) && pendingRegistryEntries() == 0,
                Duration.ofMinutes(3), "outboxes drained, registry chained");
    }

    /**
     * The journeys' invariants: one quota consumption per issued permit and none without one, quota balance and
     * ledger, every contract registered once in the registry log and the chain intact, each vacancy position filled
     * once (ContractRegistered reached vacancy-service once), no unsent outbox row.
     */
    void checkJourneys(List<Journeys.Journey> journeys, String ministry, int year) throws Exception {
        int expected = journeys.size();
        String auditor = stack.token("auditor", null, null);
        Map<String, Long> unsent = new LinkedHashMap<>();
        for (String db : DATABASES) {
            unsent.put(db, unsent(db));
        }
        Map<String, Double> backlogMetric = new LinkedHashMap<>();
        for (String module : AcceptanceStack.SERVICE_MODULES) {
            backlogMetric.put(module, metric(stack.baseUrl(module), "registry_outbox_backlog"));
        }
        JsonNode balance = Scenario.eventuallyJson("quota settled", () -> clients.quotas.balance(ministry, year,
                Journeys.ALMATY, Journeys.CATEGORY), view -> view.path("reserved").asInt() == 0);

        // Every permit issued has exactly one quota consumption (SQL: the API shows no reservation per permit). The
        // journeys' quota only: the launcher's demo data issues labour-immigrant permits from another category.
        Map<String, String> reservationByPermit = new HashMap<>();
        query("permit", "select permit_number, reservation_id from permit_application where permit_number is not null",
                rs -> reservationByPermit.put(rs.getString(1), rs.getString(2)));
        String journeysQuota = " and year = " + year + " and region = '" + Journeys.ALMATY + "' and category = '"
                + Journeys.CATEGORY + "'";
        Map<String, Integer> consumptions = new HashMap<>();
        query("quota", "select reservation_id, count(*) from quota_ledger where movement = 'CONSUME'" + journeysQuota
                + " group by reservation_id", rs -> consumptions.put(rs.getString(1), rs.getInt(2)));
        Map<String, Integer> reservationStatus = new HashMap<>();
        query("quota", "select status, count(*) from quota_reservation where true" + journeysQuota
                + " group by status", rs -> reservationStatus.put(rs.getString(1), rs.getInt(2)));
        int exactlyOnce = 0;
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> permit : reservationByPermit.entrySet()) {
            int count = consumptions.getOrDefault(permit.getValue(), 0);
            if (count == 1) {
                exactlyOnce++;
            } else {
                wrong.add(permit.getKey() + " consumed " + count + " times");
            }
        }
        int orphanConsumptions = (int) consumptions.keySet().stream()
                .filter(reservation -> !reservationByPermit.containsValue(reservation)).count();

        // Every contract appears exactly once in the registry log as REGISTERED.
        Map<String, Integer> registeredEntries = new HashMap<>();
        query("contract", "select c.id, count(e.sequence) from labour_contract c left join registry_entry e "
                + "on e.contract_id = c.id and e.action = 'REGISTERED' group by c.id",
                rs -> registeredEntries.put(rs.getString(1), rs.getInt(2)));
        long contractsOnce = registeredEntries.values().stream().filter(count -> count == 1).count();
        // The demo data registers a contract too: every contract must be chained once, the journeys' among them.
        long journeysContractsOnce = journeys.stream()
                .filter(journey -> registeredEntries.getOrDefault(journey.contractId(), 0) == 1).count();
        long pending = pendingRegistryEntries();
        JsonNode chain = Scenario.expect(200, clients.contracts.verifyRegistry(auditor));
        JsonNode ledger = Scenario.expect(200, clients.quotas.verifyLedger(auditor, year));

        // ContractRegistered reached vacancy-service exactly once per contract: each position filled once.
        int filledOnce = 0;
        for (Journeys.Journey journey : journeys) {
            JsonNode vacancy = Scenario.expect(200, clients.vacancies.get(ministry, journey.vacancyId()));
            if (vacancy.path("filledByForeignWorkers").asInt() == 1) {
                filledOnce++;
            }
        }
        int used = balance.get("used").asInt();
        int reserved = balance.get("reserved").asInt();
        int allocated = balance.get("allocated").asInt();

        add("journeys completed (scenario 1 loop)", journeys.size() + " (all started ones)", true);
        add("permits issued (permit DB)", Integer.toString(reservationByPermit.size()),
                reservationByPermit.size() == expected);
        add("permits with exactly one CONSUME ledger row (quota DB)", exactlyOnce + " of "
                + reservationByPermit.size(), wrong.isEmpty());
        add("CONSUME rows of the journeys' quota for no issued permit", Integer.toString(orphanConsumptions),
                orphanConsumptions == 0);
        add("quota balance used / reserved / allocated (API)", used + " / " + reserved + " / " + allocated,
                used == expected && reserved == 0);
        add("no over-issue: used + reserved <= allocated (API)", (used + reserved) + " <= " + allocated,
                used + reserved <= allocated);
        note("quota reservations by status (quota DB)", reservationStatus.toString(),
                reservationStatus.getOrDefault("CONSUMED", 0) == expected);
        add("quota ledger consistent with the balance (API)", ledger.get("ledgerRows").asText() + " rows",
                ledger.get("consistent").asBoolean());
        add("contracts registered exactly once in the registry log (contract DB)", contractsOnce + " of "
                + registeredEntries.size() + ", the journeys' " + journeysContractsOnce + " of " + expected,
                contractsOnce == registeredEntries.size() && journeysContractsOnce == expected);
        add("registry entries left pending, not chained (contract DB)", Long.toString(pending), pending == 0);
        add("registry chain verifies (API)", chain.get("entriesChecked").asText() + " entries",
                chain.get("intact").asBoolean());
        add("vacancy positions filled exactly once (API)", filledOnce + " of " + journeys.size(),
                filledOnce == journeys.size());
        add("unsent outbox rows per database (SQL)", unsent.toString(),
                unsent.values().stream().allMatch(count -> count == 0));
        note("registry_outbox_backlog per service (/q/metrics)", backlogMetric.toString(),
                backlogMetric.values().stream().allMatch(value -> value == 0.0));
        if (!wrong.isEmpty()) {
            add("permits without exactly one consumption", wrong.toString(), false);
        }
    }

    long unsent(String database) {
        long[] count = {-1};
        try {
            query(database, "select count(*) from outbox_event where published_at is null",
                    rs -> count[0] = rs.getLong(1));
        } catch (SQLException e) {
            return -1;
        }
        return count[0];
    }

    long pendingRegistryEntries() {
        long[] count = {-1};
        try {
            query("contract", "select count(*) from registry_pending", rs -> count[0] = rs.getLong(1));
        } catch (SQLException e) {
            return -1;
        }
        return count[0];
    }

    /** The sum of a metric's samples (all its tags) on one service instance's {@code /q/metrics}. */
    double metric(String baseUrl, String name) {
        Reply metrics = http.get(baseUrl + "/q/metrics");
        return metrics.body().lines().filter(line -> line.startsWith(name + " ") || line.startsWith(name + "{"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    interface RowHandler {
        void accept(ResultSet rs) throws SQLException;
    }

    void query(String database, String sql, RowHandler handler) throws SQLException {
        try (Connection connection = DriverManager.getConnection(stack.jdbcUrl(database), database, database);
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            while (rs.next()) {
                handler.accept(rs);
            }
        }
    }

    static void waitUntil(Supplier<Boolean> condition, Duration timeout, String what) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError(what + ": not within " + timeout);
            }
            TimeUnit.MILLISECONDS.sleep(250);
        }
    }
}
