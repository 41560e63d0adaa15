package kz.migration.permit.domain;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One reason a labour-immigrant request, decision, extension or payment is refused: the ground (and so the rule of
 * {@code docs/rules.md}), a sentence that says why, and facts the caller can act on.
 */
public record LabourImmigrantFinding(Ground ground, String detail, Map<String, Object> facts) {

    public LabourImmigrantFinding {
        facts = Collections.unmodifiableMap(new LinkedHashMap<>(facts));
    }

    public static LabourImmigrantFinding of(Ground ground, String detail) {
        return new LabourImmigrantFinding(ground, detail, Map.of());
    }

    public LabourImmigrantFinding with(String name, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(facts);
        more.put(name, value);
        return new LabourImmigrantFinding(ground, detail, more);
    }

    /** A permit service finding as a labour-immigrant one, on {@code ground}, with its facts. */
    public static LabourImmigrantFinding from(Ground ground, Finding finding) {
        return new LabourImmigrantFinding(ground, finding.detail(), finding.facts());
    }

    public String rule() {
        return ground.rule();
    }

    /** The grounds of refusal, each with the id of the rule it applies. */
    public enum Ground {
        EAEU_CITIZEN("permit.labour-immigrant.eaeu-citizens-excluded"), NOT_VISA_FREE(
                "permit.labour-immigrant.visa-free-citizens"), OCCUPATION_NOT_HOUSEHOLD(
                        "permit.labour-immigrant.household-occupation"), TERM_EXCEEDED(
                                "permit.labour-immigrant.term"), PASSPORT_EXPIRES(
                                        "permit.labour-immigrant.passport-valid"), HOLDS_PERMIT(
                                                "permit.labour-immigrant.one-per-passport"), NOT_ISSUING_AUTHORITY(
                                                        "permit.labour-immigrant.issuing-authority"), NOT_AGREED(
                                                                "permit.labour-immigrant.internal-affairs-agreement"), TAX_AMOUNT_MISMATCH(
                                                                        "permit.labour-immigrant.tax-confirmed-by-gateway"), TAX_OVERDUE(
                                                                                "permit.labour-immigrant.unpaid-lapses"), ENTRY_BANNED(
                                                                                        "permit.entry-ban.refuses-worker");

        private final String rule;

        Ground(String rule) {
            this.rule = rule;
        }

        /** A permit service finding as a labour-immigrant one, on {@code ground}, with its facts. */
        public static LabourImmigrantFinding from(Ground ground, Finding finding) {
            return new LabourImmigrantFinding(ground, finding.detail(), finding.facts());
        }

        public String rule() {
            return rule;
        }
    }
}
