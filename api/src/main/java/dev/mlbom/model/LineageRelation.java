package dev.mlbom.model;

/**
 * How a model derives from a parent model.
 *
 * <p>In manifests each constant is written as its id: lower case, {@code -} for {@code _}.
 */
public enum LineageRelation {
    /** Fine-tuned from the parent. */
    FINE_TUNE,
    /** An adapter (for example LoRA weights) on top of the parent. */
    ADAPTER,
    /** A quantized copy of the parent. */
    QUANTIZATION,
    /** A merge of several parents. */
    MERGE,
    /** Distilled from the parent as teacher. */
    DISTILLATION,
    /** Continued pre-training of the parent. */
    CONTINUED_PRE_TRAINING,
    /** Alignment or safety tuning of the parent. */
    ALIGNMENT,
    /** Another relation; say what in {@code relationOther}. */
    OTHER
}
