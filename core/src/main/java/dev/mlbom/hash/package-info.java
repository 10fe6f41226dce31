/**
 * Artifact hashing: one file or a whole model directory into an ordered artifact list, per file or in parallel shards, with progress and cancellation.
 */
package dev.mlbom.hash;
