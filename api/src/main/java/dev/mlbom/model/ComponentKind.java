package dev.mlbom.model;

/**
 * The kind of a runtime dependency of a deployed model.
 *
 * <p>In manifests each constant is written as its id: lower case, {@code -} for {@code _}.
 */
public enum ComponentKind {
    /** A document corpus. */
    CORPUS,
    /** A vector index used for retrieval. */
    VECTOR_INDEX,
    /** A prompt template. */
    PROMPT_TEMPLATE,
    /** A component that calls tools or APIs for the model. */
    TOOL_INVOKER,
    /** An input or output filter. */
    FILTER,
    /** A policy (for example a moderation or access policy). */
    POLICY,
    /** A software library. */
    LIBRARY,
    /** Another model used at run time (for example a reranker or guard model). */
    MODEL,
    /** Another kind; say what in {@code kindOther}. */
    OTHER
}
