package kz.migration.permit.api;

/** What the internal affairs bodies answer the local executive body on a labour-immigrant permit request. */
public enum InternalAffairsAnswer {
    AGREE, DISAGREE
}
