package dev.mlbom.lineage;

/** What a node of a {@link LineageGraph} stands for. */
public enum NodeKind {
    /** A model, identified by {@code name@version}. */
    MODEL,
    /** A dataset, identified by {@code name@version} (or its name when it has no version). */
    DATASET
}
