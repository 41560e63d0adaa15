package kz.migration.inspection;

import java.util.Set;

/** The read-model tables the event consumers fill while a suite runs (events other test classes published). */
final class ReadModelTables {

    static final Set<String> ALL = Set.of("contract_view", "contract_salary", "permit_view", "permit_end_unseen",
            "worker_replacement");

    private ReadModelTables() {
    }
}
