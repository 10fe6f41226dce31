/**
 * Internals of artifact hashing: the directory scanner, ignore-pattern matching, the multi-algorithm
 * digest and the parallel job. Not API; may change without notice.
 */
package dev.mlbom.hash.internal;
