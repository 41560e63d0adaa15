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

/** A region-level KATO code from the reference data ({@link KatoRegions}). Null is valid; add NotNull. */
@Documented
@Constraint(validatedBy = Kato.Validator.class)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Retention(RUNTIME)
public @interface Kato {

    String message() default "is not a region KATO code (9 digits, e.g. 750000000 for Almaty)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<Kato, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || KatoRegions.isRegion(value);
        }
    }
}
