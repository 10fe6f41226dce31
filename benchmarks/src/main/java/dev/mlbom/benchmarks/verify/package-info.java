/**
 * Verification benchmarks: the gate's overhead beyond hashing for a 1 MB manifest.
 */
package dev.mlbom.benchmarks.verify;
