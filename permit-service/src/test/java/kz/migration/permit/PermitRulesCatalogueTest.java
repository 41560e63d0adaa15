package kz.migration.permit;

import java.util.Set;

import kz.migration.common.rules.RulesCatalogueContractTest;

/** docs/rules.md and the permit service's rules agree: every rule catalogued, named by its code, plainly tested. */
class PermitRulesCatalogueTest extends RulesCatalogueContractTest {

    @Override
    protected Set<String> prefixes() {
        return Set.of("permit.");
    }
}
