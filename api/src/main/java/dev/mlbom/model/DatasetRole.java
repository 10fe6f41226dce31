package dev.mlbom.model;

/**
 * What a dataset was used for.
 *
 * <p>In manifests each constant is written as its id: lower case, {@code -} for {@code _}.
 */
public enum DatasetRole {
    /** Pre-training corpus. */
    PRE_TRAINING,
    /** Training data. */
    TRAINING,
    /** Fine-tuning data. */
    FINE_TUNING,
    /** Evaluation or test data. */
    EVALUATION,
    /** Alignment or preference data (RLHF, DPO, safety tuning). */
    ALIGNMENT,
    /** A corpus served at inference time by retrieval. */
    RETRIEVAL_CORPUS,
    /** Another role; say what in {@code roleOther}. */
    OTHER
}
