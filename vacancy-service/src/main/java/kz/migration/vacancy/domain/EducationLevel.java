package kz.migration.vacancy.domain;

/** Minimum education a vacancy asks for, in increasing order: asking for a later one raises the requirements. */
public enum EducationLevel {
    NONE, SECONDARY, VOCATIONAL, HIGHER, POSTGRADUATE
}
