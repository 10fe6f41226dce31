/**
 * Hashing benchmarks: a 4 GiB model per file and sharded, against the in-memory limit and a DigestInputStream baseline.
 */
package dev.mlbom.benchmarks.hash;
