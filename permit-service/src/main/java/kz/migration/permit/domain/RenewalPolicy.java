package kz.migration.permit.domain;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import kz.migration.common.rules.Rule;

/**
 * Renewal of an issued permit (DESIGN.md §3): applied for 60 to 30 days before its last day, only as often as the
 * category allows and never beyond the category's total validity, with the passport valid through the renewed term
 * and the employer not banned. Every finding is returned.
 */
public final class RenewalPolicy {

    private final Eligibility.Rules rules;
    private final int windowOpensDaysBefore;
    private final int windowClosesDaysBefore;

    public RenewalPolicy(Eligibility.Rules rules, int windowOpensDaysBefore, int windowClosesDaysBefore) {
        this.rules = rules;
        this.windowOpensDaysBefore = windowOpensDaysBefore;
        this.windowClosesDaysBefore = windowClosesDaysBefore;
    }

    /** The first day of the renewed term: the day after the permit's last day. */
    public LocalDate newValidFrom(PermitApplication permit) {
        return permit.validTo.plusDays(1);
    }

    /** The last day of the renewed term. */
    public LocalDate newValidTo(PermitApplication permit) {
        return newValidFrom(permit).plusDays(rules.terms(permit.category).renewalTermDays() - 1L);
    }

    /** Why {@code permit} may not be renewed on {@code today}; empty when it may. */
    public List<Finding> check(PermitApplication permit, LocalDate today, Optional<Ban> ban) {
        List<Finding> findings = new ArrayList<>();
        window(permit, today).ifPresent(findings::add);
        findings.addAll(limits(permit));
        LocalDate newTo = newValidTo(permit);
        if (permit.workerPassportExpiry.isBefore(newTo)) {
            findings.add(Finding.of("permit.passport.valid-through-term",
                    PermitRefusalGround.PASSPORT_EXPIRES_DURING_TERM, "The passport expires on "
                            + permit.workerPassportExpiry + ", before the renewed permit would end on " + newTo)
                    .with("termEnds", newTo.toString()));
        }
        ban.map(Ban::finding).ifPresent(findings::add);
        return findings;
    }

    @Rule("permit.renewal.window")
    Optional<Finding> window(PermitApplication permit, LocalDate today) {
        LocalDate opens = permit.validTo.minusDays(windowOpensDaysBefore);
        LocalDate closes = permit.validTo.minusDays(windowClosesDaysBefore);
        if (!today.isBefore(opens) && !today.isAfter(closes)) {
            return Optional.empty();
        }
        return Optional.of(Finding.of("permit.renewal.window", PermitRefusalGround.RENEWAL_OUTSIDE_WINDOW, "Permit "
                + permit.permitNumber + " valid to " + permit.validTo + " may be renewed from " + opens + " to "
                + closes).with("windowOpens", opens.toString()).with("windowCloses", closes.toString()));
    }

    @Rule("permit.renewal.limits")
    List<Finding> limits(PermitApplication permit) {
        CategoryTerms terms = rules.terms(permit.category);
        List<Finding> findings = new ArrayList<>();
        if (permit.renewalCount >= terms.maxRenewals()) {
            findings.add(Finding.of("permit.renewal.limits", PermitRefusalGround.RENEWAL_NOT_ALLOWED, "A "
                    + permit.category + " permit may be renewed " + terms.maxRenewals()
                    + " time(s); this one was renewed " + permit.renewalCount)
                    .with("maxRenewals", terms.maxRenewals()));
        }
        long totalDays = ChronoUnit.DAYS.between(permit.validFrom, newValidTo(permit)) + 1;
        if (terms.maxTotalDays().isPresent() && totalDays > terms.maxTotalDays().get()) {
            findings.add(Finding.of("permit.renewal.limits", PermitRefusalGround.RENEWAL_NOT_ALLOWED, "A "
                    + permit.category + " permit may run " + terms.maxTotalDays().get()
                    + " days in total; renewed it would run " + totalDays)
                    .with("maxTotalDays", terms.maxTotalDays().get()));
        }
        return findings;
    }
}
