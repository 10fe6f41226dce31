package dev.mlbom.lineage;

/**
 * What is known about a model node's signed provenance, for drawing: {@link LineageRenderer#svg(LineageGraph, java.util.Map)}
 * marks each model with it and explains the marks in a legend.
 */
public enum NodeStatus {
    /** The model's signed provenance was verified (signature, and whatever else the caller checked). */
    VERIFIED,
    /** The manifest is present but its provenance was not verified, or failed verification. */
    UNVERIFIED,
    /** The manifest is not in the graph: a parent named by a child but not found. */
    MISSING
}
