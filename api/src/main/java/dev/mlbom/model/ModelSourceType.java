package dev.mlbom.model;

/**
 * Where a model comes from.
 *
 * <p>In manifests each constant is written as its id: lower case, {@code -} for {@code _}.
 */
public enum ModelSourceType {
    /** A public model hub (for example Hugging Face). */
    HUB,
    /** A commercial vendor's model or API. */
    VENDOR,
    /** Built or hosted inside the organisation. */
    INTERNAL,
    /** Anything else; say what in {@code typeOther}. */
    OTHER
}
