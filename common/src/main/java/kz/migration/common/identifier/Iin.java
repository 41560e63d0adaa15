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
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

/** A valid IIN: 12 digits with the Kazakh check digit ({@link BusinessIdentifiers}). Null is valid; add NotNull. */
@Documented
@Constraint(validatedBy = Iin.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Iin {

    String message() default "is not a valid IIN (12 digits with a correct check digit)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Iin, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || BusinessIdentifiers.isValid(value);
        }
    }
}
