package kz.migration.permit.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reason why an application or a renewal cannot go on: the rule that found it (its id in docs/rules.md), the
 * ground it is refused on, what exactly is wrong, and the facts a caller needs to put it right (each becomes a named
 * member of the problem detail, such as {@code vacancySalary}).
 */
public record Finding(String rule, PermitRefusalGround ground, String detail, Map<String, Object> facts) {

    public Finding {
        Objects.requireNonNull(rule);
        Objects.requireNonNull(ground);
        Objects.requireNonNull(detail);
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static Finding of(String rule, PermitRefusalGround ground, String detail) {
        return new Finding(rule, ground, detail, Map.of());
    }

    /** This finding with one more fact. */
    public Finding with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(facts);
        more.put(name, value);
        return new Finding(rule, ground, detail, more);
    }
}
