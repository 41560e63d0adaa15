package kz.migration.common.rules;

import java.util.Set;

/** docs/rules.md and the shared kernel's rules (working-day calendar, identifiers, reference data) agree. */
class CommonRulesCatalogueTest extends RulesCatalogueContractTest {

    @Override
    protected Set<String> prefixes() {
        return Set.of("calendar.", "identifier.", "reference.");
    }
}
