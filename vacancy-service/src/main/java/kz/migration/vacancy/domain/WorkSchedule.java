package kz.migration.vacancy.domain;

/** Working-time arrangement of a vacancy; ROTATIONAL is the fly-in fly-out (vakhta) method. */
public enum WorkSchedule {
    FULL_TIME, PART_TIME, SHIFT, ROTATIONAL
}
