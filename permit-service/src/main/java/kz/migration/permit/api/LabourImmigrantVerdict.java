package kz.migration.permit.api;

/** The local executive body's decision on a labour-immigrant permit request. */
public enum LabourImmigrantVerdict {
    APPROVE, REFUSE
}
