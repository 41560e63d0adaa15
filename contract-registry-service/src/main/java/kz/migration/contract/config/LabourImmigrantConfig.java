package kz.migration.contract.config;

import java.util.Map;

import io.smallrye.config.ConfigMapping;

import kz.migration.contract.domain.LabourImmigrantScope;

/**
 * Who may hire on a labour immigrant's own permit, and for what work, each by the ISO date it came into force
 * ({@code contract.labour-immigrant.employer-scope."2025-01-27"=INDIVIDUALS}). When the law widens the scope, a new
 * dated entry says so; contracts signed before that date keep the old rule.
 */
@ConfigMapping(prefix = "contract.labour-immigrant")
public interface LabourImmigrantConfig {

    /** INDIVIDUALS (private individuals, by IIN) or ANY_EMPLOYER, by the date each came into force. */
    Map<String, LabourImmigrantScope.Employers> employerScope();

    /** HOUSEHOLD (registry.household-work.occupations) or ANY, by the date each came into force. */
    Map<String, LabourImmigrantScope.Occupations> occupationScope();
}
