package kz.migration.common.persistence;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.PessimisticLockException;
import jakarta.persistence.QueryTimeoutException;

import org.hibernate.exception.JDBCConnectionException;
import org.hibernate.exception.LockAcquisitionException;

/**
 * Tells a failure that goes away by itself (the database unreachable, restarting or out of connections; a deadlock,
 * a serialization failure or a lock timeout) from one that will fail the same way again. A consumer waits out the
 * first kind instead of dead-lettering the event, and a request answers 503 with Retry-After instead of 500.
 */
public final class TransientFailures {

    /**
     * SQLSTATE classes and codes (PostgreSQL appendix A): 08 connection exception, 40 transaction rollback
     * (serialization failure, deadlock), 53 insufficient resources (too many connections, disk full), 57P01-57P03
     * shutdown or crash of the server and "cannot connect now" while it starts, 55P03 lock not available.
     */
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53");
    private static final Set<String> TRANSIENT_STATES = Set.of("57P01", "57P02", "57P03", "55P03");

    /**
     * Agroal's messages (2.8) when no connection came within the acquisition timeout, a pooled one freed or a new
     * one opened; they have no SQLSTATE. The second came out as 500 under the whole stack's load, as a
     * GenericJDBCException "Unable to acquire JDBC Connection".
     */
    private static final Set<String> POOL_EXHAUSTED = Set.of("Sorry, acquisition timeout!",
            "Acquisition timeout while waiting for new connection");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof LockAcquisitionException
                    || cause instanceof PessimisticLockException || cause instanceof LockTimeoutException
                    || cause instanceof QueryTimeoutException || cause instanceof SQLTransientException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && isTransient(sql)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isTransient(SQLException sql) {
        String state = sql.getSQLState();
        if (state == null) {
            return POOL_EXHAUSTED.contains(sql.getMessage());
        }
        return state.length() >= 2 && TRANSIENT_CLASSES.contains(state.substring(0, 2))
                || TRANSIENT_STATES.contains(state);
    }
}
