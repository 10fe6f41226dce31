/**
 * JMH benchmarks of mlbom's hot paths, and the table printer behind {@code benchmarks/run.sh}. Not published.
 */
package dev.mlbom.benchmarks;
