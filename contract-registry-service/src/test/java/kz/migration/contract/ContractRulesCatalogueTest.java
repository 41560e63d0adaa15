package kz.migration.contract;

import java.util.Set;

import kz.migration.common.rules.RulesCatalogueContractTest;

/** docs/rules.md and the contract registry's rules agree: every rule catalogued, in the code and plainly tested. */
class ContractRulesCatalogueTest extends RulesCatalogueContractTest {

    @Override
    protected Set<String> prefixes() {
        return Set.of("contract.");
    }
}
