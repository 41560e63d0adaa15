package kz.migration.common.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class PersonalDataLogFilterTest {

    private final PersonalDataLogFilter filter = new PersonalDataLogFilter();

    @Test
    void masksIinPassportAndTokenInAFormattedMessage() {
        ExtLogRecord record = new ExtLogRecord(Level.INFO, "worker %s passport %s token %s",
                ExtLogRecord.FormatStyle.PRINTF, getClass().getName());
        record.setParameters(new Object[]{"880101300123", "FA1234567",
                "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2lnbmF0dXJl"});

        assertTrue(filter.isLoggable(record), "masking never drops a record");
        String written = record.getFormattedMessage();

        assertFalse(written.contains("880101300123"));
        assertFalse(written.contains("1234567"));
        assertFalse(written.contains("eyJ"));
        assertEquals("worker 88********23 passport FA******* token Bearer ***", written);
    }

    @Test
    void leavesOrdinaryMessagesAlone() {
        String message = "Published 500 rows of permit.events in 12 ms; application 3f2a-77 at 2026-03-02";
        assertEquals(message, PersonalDataLogFilter.mask(message));
    }

    @Test
    void masksIdentifiersInsideUrlsAndJson() {
        assertEquals("GET /api/v1/public/permits/WP-2026-000123/status?document=FA*******",
                PersonalDataLogFilter.mask("GET /api/v1/public/permits/WP-2026-000123/status?document=FA1234567"));
        assertEquals("{\"iin\":\"88********23\"}", PersonalDataLogFilter.mask("{\"iin\":\"880101300123\"}"));
    }
}
