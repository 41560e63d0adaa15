package kz.migration.permit.domain;

import java.util.List;
import java.util.Optional;

/**
 * The terms a permit category allows (DESIGN.md §3 "Permit categories and terms", configurable): the terms an
 * application may request in days, how often the permit may be renewed and by how much, and the cap on its whole
 * validity where the law sets one.
 */
public record CategoryTerms(List<Integer> termDays, int maxRenewals, int renewalTermDays,
        Optional<Integer> maxTotalDays) {

    public CategoryTerms {
        termDays = List.copyOf(termDays);
    }

    public boolean allows(int days) {
        return termDays.contains(days);
    }
}
