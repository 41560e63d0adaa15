package kz.migration.permit.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import kz.migration.common.reference.EaeuMemberStates;
import kz.migration.common.reference.VisaFreeCountries;
import kz.migration.common.rules.Rule;
import kz.migration.permit.domain.LabourImmigrantFinding.Ground;

/**
 * Who may get a labour-immigrant permit, for what work and for how long (DESIGN §3), judged on the date of the
 * request. Returns every finding, not just the first; an empty list means eligible.
 */
public final class LabourImmigrantEligibility {

    /** What a request asks for. */
    public record Applicant(String citizenship, String occupationCode, LocalDate passportExpiry, int months) {
    }

    private final VisaFreeCountries visaFree;
    private final EaeuMemberStates eaeu;
    private final Set<String> noRightToWork;
    private final Set<String> householdOccupations;
    private final int maxMonths;

    /**
     * @param noRightToWork visa-free countries whose regime gives no right to work (China)
     * @param householdOccupations ISCO-08 codes of household work for private individuals
     * @param maxMonths the longest a permit runs, extensions included
     */
    public LabourImmigrantEligibility(VisaFreeCountries visaFree, EaeuMemberStates eaeu, Set<String> noRightToWork,
            Set<String> householdOccupations, int maxMonths) {
        this.visaFree = visaFree;
        this.eaeu = eaeu;
        this.noRightToWork = Set.copyOf(noRightToWork);
        this.householdOccupations = Set.copyOf(householdOccupations);
        this.maxMonths = maxMonths;
    }

    /**
     * A new request made on {@code requestDate}, for a permit that would start at the latest on {@code termStart}
     * (the due date of its tax where that is known), by a worker whose passport may already have a live request or
     * permit.
     */
    public List<LabourImmigrantFinding> check(Applicant applicant, LocalDate requestDate, LocalDate termStart,
            Optional<LabourImmigrantPermit> live) {
        List<LabourImmigrantFinding> findings = new ArrayList<>();
        eaeuCitizen(applicant.citizenship(), requestDate).ifPresent(findings::add);
        notEligibleCitizenship(applicant.citizenship(), requestDate).ifPresent(findings::add);
        notHousehold(applicant.occupationCode()).ifPresent(findings::add);
        termExceeded(0, applicant.months()).ifPresent(findings::add);
        LocalDate termEnds = termStart.plusMonths(applicant.months()).minusDays(1);
        passportExpires(applicant.passportExpiry(), termEnds).ifPresent(findings::add);
        live.map(this::holdsPermit).ifPresent(findings::add);
        return findings;
    }

    /** More months for an issued permit: still within the longest term, and within the passport. */
    public List<LabourImmigrantFinding> checkExtension(LabourImmigrantPermit permit, int months) {
        List<LabourImmigrantFinding> findings = new ArrayList<>();
        termExceeded(permit.months, months).ifPresent(findings::add);
        LocalDate termEnds = permit.validFrom.plusMonths(permit.months + months).minusDays(1);
        passportExpires(permit.workerPassportExpiry, termEnds).ifPresent(findings::add);
        return findings;
    }

    /** An approval: the passport must still cover the term if it started on {@code termStart}. */
    public List<LabourImmigrantFinding> checkApproval(LabourImmigrantPermit permit, LocalDate termStart) {
        return passportExpires(permit.workerPassportExpiry, termStart.plusMonths(permit.months).minusDays(1))
                .map(List::of).orElse(List.of());
    }

    /** The citizenships eligible on {@code date}: visa-free, not EAEU, with a right to work. */
    public Set<String> eligibleCitizenships(LocalDate date) {
        Set<String> eligible = new TreeSet<>(visaFree.countries());
        eligible.removeIf(country -> eaeu.isMember(country, date) || noRightToWork.contains(country));
        return eligible;
    }

    public int maxMonths() {
        return maxMonths;
    }

    @Rule("permit.labour-immigrant.eaeu-citizens-excluded")
    Optional<LabourImmigrantFinding> eaeuCitizen(String citizenship, LocalDate date) {
        if (!eaeu.isMember(citizenship, date)) {
            return Optional.empty();
        }
        return Optional.of(LabourImmigrantFinding.of(Ground.EAEU_CITIZEN, "Citizens of " + citizenship
                + ", a member state of the Eurasian Economic Union, work in Kazakhstan without a work permit and "
                + "outside every quota (EAEU Treaty, art. 97): no labour-immigrant permit is issued to them; the "
                + "employer registers their labour contract as for any worker")
                .with("citizenship", citizenship).with("legalBasis", "EAEU Treaty, art. 97"));
    }

    @Rule("permit.labour-immigrant.visa-free-citizens")
    Optional<LabourImmigrantFinding> notEligibleCitizenship(String citizenship, LocalDate date) {
        if (eaeu.isMember(citizenship, date)) {
            return Optional.empty();
        }
        String why = !visaFree.contains(citizenship)
                ? citizenship + " is not a visa-free country"
                : noRightToWork.contains(citizenship)
                        ? "the visa-free regime with " + citizenship + " gives no right to work"
                        : null;
        if (why == null) {
            return Optional.empty();
        }
        return Optional.of(LabourImmigrantFinding.of(Ground.NOT_VISA_FREE, "A labour-immigrant permit is for "
                + "citizens of visa-free countries with a right to work, EAEU members excepted; " + why)
                .with("eligible", eligibleCitizenships(date)));
    }

    @Rule("permit.labour-immigrant.household-occupation")
    Optional<LabourImmigrantFinding> notHousehold(String occupationCode) {
        if (householdOccupations.contains(occupationCode)) {
            return Optional.empty();
        }
        return Optional.of(LabourImmigrantFinding.of(Ground.OCCUPATION_NOT_HOUSEHOLD, "Occupation " + occupationCode
                + " is not household work; a labour-immigrant permit is only for household work for private "
                + "individuals").with("householdOccupations", new TreeSet<>(householdOccupations)));
    }

    @Rule("permit.labour-immigrant.term")
    Optional<LabourImmigrantFinding> termExceeded(int monthsGranted, int monthsAsked) {
        if (monthsAsked >= 1 && monthsGranted + monthsAsked <= maxMonths) {
            return Optional.empty();
        }
        return Optional.of(LabourImmigrantFinding.of(Ground.TERM_EXCEEDED, monthsGranted == 0
                ? "A labour-immigrant permit runs 1 to " + maxMonths + " months, not " + monthsAsked
                : "The permit has " + monthsGranted + " months; " + monthsAsked + " more would exceed " + maxMonths)
                .with("monthsGranted", monthsGranted).with("maxMonths", maxMonths));
    }

    @Rule("permit.labour-immigrant.passport-valid")
    Optional<LabourImmigrantFinding> passportExpires(LocalDate passportExpiry, LocalDate termEnds) {
        if (!passportExpiry.isBefore(termEnds)) {
            return Optional.empty();
        }
        return Optional.of(LabourImmigrantFinding.of(Ground.PASSPORT_EXPIRES, "The passport expires on "
                + passportExpiry + ", before the permit would end on " + termEnds)
                .with("termEnds", termEnds.toString()));
    }

    @Rule("permit.labour-immigrant.one-per-passport")
    LabourImmigrantFinding holdsPermit(LabourImmigrantPermit live) {
        return LabourImmigrantFinding.of(Ground.HOLDS_PERMIT, "The passport has labour-immigrant permit request "
                + live.id + " (" + live.status + "); a worker holds one permit at a time, extended up to "
                + maxMonths + " months").with("requestId", live.id.toString());
    }
}
