package dev.mlbom.model;

/**
 * Whether the people whose data a dataset holds consented to this use.
 *
 * <p>In manifests each constant is written as its id: lower case, {@code -} for {@code _}.
 */
public enum ConsentStatus {
    /** Consent was obtained for this use. */
    OBTAINED,
    /** Consent is not required (for example no personal data, or another legal basis). */
    NOT_REQUIRED,
    /** Consent was required but not obtained. */
    NOT_OBTAINED,
    /** Consent was withdrawn after collection. */
    WITHDRAWN,
    /** Not known. */
    UNKNOWN
}
