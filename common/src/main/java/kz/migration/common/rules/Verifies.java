package kz.migration.common.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a plain JUnit test (no Quarkus, PostgreSQL or Kafka) as a specification of the rules it names. Every rule in
 * {@code docs/rules.md} needs at least one; component tests prove the wiring and do not count.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Verifies {

    /** Rule ids, as in {@link Rule}. */
    String[] value();
}
