package kz.migration.common.identifier;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.Pattern;

/** An occupation code of the national classifier (ISCO-08 based): a 4-digit unit group such as 2512. */
@Documented
@Pattern(regexp = "[1-9][0-9]{3}")
@Constraint(validatedBy = {})
@jakarta.validation.ReportAsSingleViolation
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface OccupationCode {

    String message() default "is not an occupation code (4 digits of the national classifier, e.g. 2512)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
