package kz.migration.vacancy;

import java.util.Set;

import kz.migration.common.rules.RulesCatalogueContractTest;

/** docs/rules.md and the vacancy service's code and plain tests agree on every {@code vacancy.} rule. */
class VacancyRulesCatalogueTest extends RulesCatalogueContractTest {

    @Override
    protected Set<String> prefixes() {
        return Set.of("vacancy.");
    }
}
