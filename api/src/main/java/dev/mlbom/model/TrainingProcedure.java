package dev.mlbom.model;

/**
 * How a model was trained.
 *
 * <p>In manifests each constant is written as its id: lower case, {@code -} for {@code _}.
 */
public enum TrainingProcedure {
    /** Pre-training from scratch. */
    PRE_TRAINING,
    /** Continued pre-training of an existing model. */
    CONTINUED_PRE_TRAINING,
    /** Supervised (instruction) fine-tuning. */
    SUPERVISED,
    /** Reinforcement learning from human feedback. */
    RLHF,
    /** Direct preference optimisation. */
    DPO,
    /** Parameter-efficient fine-tuning other than LoRA. */
    PEFT,
    /** Low-rank adaptation (LoRA, QLoRA). */
    LORA,
    /** Fine-tuning of all weights. */
    FULL_FINE_TUNE,
    /** Knowledge distillation from a teacher model. */
    DISTILLATION,
    /** Another procedure; say what in {@code procedureOther}. */
    OTHER
}
