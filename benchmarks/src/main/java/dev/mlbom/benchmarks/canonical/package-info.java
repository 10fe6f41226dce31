/**
 * JMH benchmarks of RFC 8785 canonicalization: mlbom's canonicalizer against erdtman's
 * java-json-canonicalization on generated manifest-like documents of about 1 MB and 50 MB.
 */
package dev.mlbom.benchmarks.canonical;
