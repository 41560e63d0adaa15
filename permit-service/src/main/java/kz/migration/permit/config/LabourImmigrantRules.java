package kz.migration.permit.config;

import java.util.Map;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import kz.migration.permit.domain.IssuingAuthority;

/**
 * Labour-immigrant permits (DESIGN.md §3), the parts a government changes: who may not get one despite a visa-free
 * regime, the longest term, who decides from which date, and how long the tax may stay unpaid. The eligible
 * countries come from the reference data (visa-free countries, EAEU members), the tax from the economic indicators
 * and the household occupations from {@code registry.household-work.occupations}.
 */
@ConfigMapping(prefix = "permit.labour-immigrant")
public interface LabourImmigrantRules {

    /** Visa-free countries whose regime gives no right to work (China: visa-free-countries.csv). */
    @WithDefault("CN")
    Set<String> noRightToWork();

    /** The longest a permit runs, extensions included, in months. */
    @WithDefault("12")
    int maxMonths();

    /**
     * The body that decides, by the ISO date from which it does ({@code permit.labour-immigrant.issuing-authority.
     * 2026-04-13=LOCAL_EXECUTIVE_BODY}); a request is judged by the body in force on its date.
     */
    Map<String, IssuingAuthority> issuingAuthority();

    /** Working days the tax may stay unpaid after it falls due; then the request (or extension) lapses. */
    @WithDefault("10")
    int taxWorkingDays();

    /** Days after the due date before an unpaid tax lapses: a payment made on the due date may be reported later. */
    @WithDefault("1")
    int taxPaymentGraceDays();

    /** Largest number of unpaid taxes one run of the lapse job handles. */
    @WithDefault("200")
    int jobBatchSize();
}
