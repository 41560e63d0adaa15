package kz.migration.inspection.repository;

import java.time.LocalDate;

/** Values of native query rows, whichever Java type the driver hands back. */
final class SqlValues {

    private SqlValues() {
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof LocalDate date ? date : ((java.sql.Date) value).toLocalDate();
    }

    static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }
}
