package kz.migration.inspection.domain;

/**
 * What the worker (or the advocate on the worker's behalf) tells: the kind, free text, an optional contact and
 * preferred language, the recruiting agency if one is named, and whether the employer may be told which worker's
 * contract the case concerns (by default it may not). An advocate adds who filed and the worker's consent reference.
 */
public record GrievanceFiling(GrievanceKind kind, String description, String contact, String preferredLanguage,
        String recruitmentAgencyBin, boolean discloseToEmployer, String filedBy, String consentReference) {
}
