package kz.migration.common.testing;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

/**
 * Row counts of a service's own tables, to prove that a refused request changed nothing. Bookkeeping that a refusal
 * legitimately writes is left out: the audit trail (refusals are audited), idempotency records, the inbox and
 * outbox (written by background consumers and the relay), Flyway's history, and the public rate limit's buckets (a
 * refused public request still counts against its client).
 */
public final class ServiceTables {

    public static final Set<String> BOOKKEEPING = Set.of("audit_record", "idempotency_record", "inbox_event",
            "outbox_event", "flyway_schema_history", "public_rate_limit_bucket");

    private final DataSource dataSource;
    private final List<String> tables;

    public ServiceTables(DataSource dataSource, Set<String> alsoExcluded) {
        this.dataSource = dataSource;
        List<String> found = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        select table_name from information_schema.tables
                        where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name""")) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!BOOKKEEPING.contains(table) && !alsoExcluded.contains(table)) {
                    found.add(table);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        this.tables = List.copyOf(found);
    }

    public List<String> tables() {
        return tables;
    }

    /** Table name to row count, in one statement. */
    public Map<String, Long> counts() {
        if (tables.isEmpty()) {
            return Map.of();
        }
        StringBuilder sql = new StringBuilder("select ");
        for (int i = 0; i < tables.size(); i++) {
            sql.append(i > 0 ? ", " : "").append("(select count(*) from \"").append(tables.get(i)).append("\")");
        }
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(sql.toString())) {
            row.next();
            Map<String, Long> counts = new LinkedHashMap<>();
            for (int i = 0; i < tables.size(); i++) {
                counts.put(tables.get(i), row.getLong(i + 1));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
