package kz.migration.common.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import org.hibernate.exception.GenericJDBCException;
import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    /** As Hibernate wraps a connection the pool could not hand out in time. */
    private static GenericJDBCException unableToAcquire(String poolMessage) {
        return new GenericJDBCException("Unable to acquire JDBC Connection", new SQLException(poolMessage));
    }

    @Test
    void noConnectionFromThePoolInTimeIsTransient() {
        assertTrue(TransientFailures.isTransient(unableToAcquire("Sorry, acquisition timeout!")));
        // Agroal 2.8 when the pool was still opening a connection: answered 500 under the whole stack's load.
        assertTrue(TransientFailures.isTransient(
                unableToAcquire("Acquisition timeout while waiting for new connection")));
    }

    @Test
    void connectionAndRollbackStatesAreTransientOthersAreNot() {
        assertTrue(TransientFailures.isTransient(new SQLException("connection failure", "08006")));
        assertTrue(TransientFailures.isTransient(new SQLException("deadlock detected", "40P01")));
        assertTrue(TransientFailures.isTransient(new SQLException("the database system is starting up", "57P03")));
        assertFalse(TransientFailures.isTransient(new SQLException("duplicate key", "23505")));
        assertFalse(TransientFailures.isTransient(unableToAcquire("Connection is closed")));
        assertFalse(TransientFailures.isTransient(new IllegalStateException("a bug")));
    }
}
