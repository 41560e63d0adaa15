package kz.migration.common.rules;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks the code that decides a rule of the law or of DESIGN.md, by the rule's stable id in {@code docs/rules.md}
 * (such as {@code permit.local-content.categories-3-4}). The catalogue says the rule in one sentence, its source, the
 * date it came into force and its tests; a test in every module fails when code and catalogue disagree.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
@Repeatable(Rule.List.class)
public @interface Rule {

    /** The rule's id: lower-case words separated by dots and hyphens, the first word naming the owning module. */
    String value();

    @Documented
    @Retention(RetentionPolicy.CLASS)
    @Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
    @interface List {
        Rule[] value();
    }
}
