/**
 * Lineage benchmarks: building a graph of 100,000 manifests and querying it.
 */
package dev.mlbom.benchmarks.lineage;
