package kz.migration.vacancy.domain;

/**
 * Why a change restarts the 15-day domestic search (DESIGN.md §3): a citizen who was not suitable before may be
 * suitable for the changed vacancy, or the changed vacancy was never offered to citizens.
 */
public enum ChangeReason {
    OCCUPATION_CHANGED, REGION_CHANGED, SALARY_LOWERED, EDUCATION_RAISED, EXPERIENCE_RAISED, LANGUAGES_ADDED,
    /** More positions than citizens were searched for. */
    POSITIONS_INCREASED,
    /** A closed vacancy was taken off the board; reopening starts the search again. */
    REOPENED
}
