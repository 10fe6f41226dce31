package dev.mlbom.lineage;

import dev.mlbom.model.DatasetRole;
import dev.mlbom.model.LineageRelation;
import java.util.Locale;

/**
 * The kind of a {@link LineageEdge}: a lineage relation between two models, or the role a
 * dataset played for a model.
 */
public enum EdgeKind {
    /** The model is a fine-tune of the parent. */
    FINE_TUNE(true, true),
    /** The model is an adapter (e.g. LoRA) on the parent. */
    ADAPTER(true, true),
    /** The model is a quantized copy of the parent. */
    QUANTIZATION(true, true),
    /** The model merges the parent with others. */
    MERGE(true, true),
    /** The model was distilled from the parent. */
    DISTILLATION(true, true),
    /** The model continues the parent's pre-training. */
    CONTINUED_PRE_TRAINING(true, true),
    /** The model is an alignment or safety tuning of the parent. */
    ALIGNMENT(true, true),
    /** Another lineage relation; the edge's label says which. */
    OTHER_RELATION(true, true),
    /** The model was pre-trained on the dataset. */
    PRE_TRAINED_ON(false, true),
    /** The model was trained on the dataset. */
    TRAINED_ON(false, true),
    /** The model was fine-tuned on the dataset. */
    FINE_TUNED_ON(false, true),
    /** The model was aligned on the dataset (preference, RLHF, DPO, safety data). */
    ALIGNED_ON(false, true),
    /** The model was evaluated on the dataset; its weights did not learn from it. */
    EVALUATED_ON(false, false),
    /** The model retrieves from the dataset at inference time. */
    RETRIEVES_FROM(false, false),
    /** Another dataset role; the edge's label says which. Not counted as training. */
    USES_DATA(false, false);

    private final boolean lineage;
    private final boolean shapesWeights;
    private final String label;

    EdgeKind(boolean lineage, boolean shapesWeights) {
        this.lineage = lineage;
        this.shapesWeights = shapesWeights;
        this.label = name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * Whether this edge joins a parent model to a derived model.
     *
     * @return true for lineage relations, false for dataset roles
     */
    public boolean isLineage() {
        return lineage;
    }

    /**
     * Whether what flows along this edge shapes the target model's weights: every lineage
     * relation, and the dataset roles pre-training, training, fine-tuning and alignment.
     *
     * @return true when a defect in the source (e.g. poisoned data) is inherited by the target
     */
    public boolean shapesWeights() {
        return shapesWeights;
    }

    /**
     * The default label: the kind's id, lower case with {@code -}, e.g. {@code fine-tune} or {@code trained-on}.
     *
     * @return the label
     */
    public String label() {
        return label;
    }

    /**
     * The edge kind of a lineage relation.
     *
     * @param relation the relation
     * @return the edge kind
     */
    public static EdgeKind of(LineageRelation relation) {
        switch (relation) {
            case FINE_TUNE: return FINE_TUNE;
            case ADAPTER: return ADAPTER;
            case QUANTIZATION: return QUANTIZATION;
            case MERGE: return MERGE;
            case DISTILLATION: return DISTILLATION;
            case CONTINUED_PRE_TRAINING: return CONTINUED_PRE_TRAINING;
            case ALIGNMENT: return ALIGNMENT;
            default: return OTHER_RELATION;
        }
    }

    /**
     * The edge kind of a dataset role.
     *
     * @param role the role
     * @return the edge kind
     */
    public static EdgeKind of(DatasetRole role) {
        switch (role) {
            case PRE_TRAINING: return PRE_TRAINED_ON;
            case TRAINING: return TRAINED_ON;
            case FINE_TUNING: return FINE_TUNED_ON;
            case ALIGNMENT: return ALIGNED_ON;
            case EVALUATION: return EVALUATED_ON;
            case RETRIEVAL_CORPUS: return RETRIEVES_FROM;
            default: return USES_DATA;
        }
    }
}
