package kz.migration.quota;

import java.util.Set;

import kz.migration.common.rules.RulesCatalogueContractTest;

/** docs/rules.md and the quota service's rules agree, and every quota rule has a plain test. */
class QuotaRulesCatalogueTest extends RulesCatalogueContractTest {

    @Override
    protected Set<String> prefixes() {
        return Set.of("quota.");
    }
}
