package kz.migration.inspection;

import java.util.Set;

import kz.migration.common.rules.RulesCatalogueContractTest;

/** docs/rules.md and the inspection service's code and plain tests agree on every {@code inspection.} rule. */
class InspectionRulesCatalogueTest extends RulesCatalogueContractTest {

    @Override
    protected Set<String> prefixes() {
        return Set.of("inspection.");
    }
}
