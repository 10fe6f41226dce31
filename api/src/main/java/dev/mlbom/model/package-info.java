/**
 * The provenance manifest model: immutable records for the model, its datasets, training, evaluation, operations, runtime dependencies, lineage, events and extensions.
 */
package dev.mlbom.model;
