package kz.migration.permit;

import java.util.Set;

import kz.migration.common.rules.RulesCatalogueContractTest;

/** docs/rules.md and the labour-immigrant rules of this module agree (the rest of the module has its own test). */
class LabourImmigrantRulesCatalogueTest extends RulesCatalogueContractTest {

    @Override
    protected Set<String> prefixes() {
        return Set.of("permit.labour-immigrant.");
    }
}
