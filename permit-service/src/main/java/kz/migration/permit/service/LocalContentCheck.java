package kz.migration.permit.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import kz.migration.common.domain.PermitCategory;
import kz.migration.permit.api.PermitApplicationRequest.Headcount;
import kz.migration.permit.api.PermitApplicationRequest.StaffCount;
import kz.migration.permit.config.PermitRules;

/**
 * Local content (DESIGN.md §3): the share of citizens among categories 1+2 and 3+4, or the foreigner cap for
 * intra-corporate transfer, counted after adding the new worker. Small businesses of at most the configured number of
 * employees are exempt, except from the ICT cap. Seasonal work has no local-content condition.
 */
@ApplicationScoped
public class LocalContentCheck {

    @Inject
    PermitRules rules;

    /** The breach explained, or empty when adding a worker of {@code category} keeps the employer compliant. */
    public Optional<String> breach(PermitCategory category, Headcount staff, int totalEmployees,
            boolean smallBusiness) {
        PermitRules.LocalContent limits = rules.localContent();
        if (category == PermitCategory.INTRA_CORPORATE_TRANSFER) {
            StaffCount ict = staff.intraCorporateTransfer();
            int foreigners = ict.foreigners() + 1;
            int total = ict.citizens() + foreigners;
            if (foreigners * 100L > (long) limits.ictMaxForeignersPercent() * total) {
                return Optional.of("foreigners would be " + foreigners + " of " + total
                        + " intra-corporate transferees, above " + limits.ictMaxForeignersPercent() + "%");
            }
            return Optional.empty();
        }
        if (category == PermitCategory.SEASONAL
                || (smallBusiness && totalEmployees <= limits.smallBusinessMaxEmployees())) {
            return Optional.empty();
        }
        boolean heads = category == PermitCategory.CATEGORY_1 || category == PermitCategory.CATEGORY_2;
        int citizens = heads
                ? staff.category1().citizens() + staff.category2().citizens()
                : staff.category3().citizens() + staff.category4().citizens();
        int foreigners = 1 + (heads
                ? staff.category1().foreigners() + staff.category2().foreigners()
                : staff.category3().foreigners() + staff.category4().foreigners());
        int minimum = heads ? limits.category12MinCitizensPercent() : limits.category34MinCitizensPercent();
        int total = citizens + foreigners;
        if (citizens * 100L < (long) minimum * total) {
            return Optional.of("citizens would be " + citizens + " of " + total + " in categories "
                    + (heads ? "1+2" : "3+4") + ", below " + minimum + "%");
        }
        return Optional.empty();
    }
}
