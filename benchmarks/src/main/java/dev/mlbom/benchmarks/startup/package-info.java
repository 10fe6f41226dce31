/**
 * Whole-process start-up measurements (not JMH): the library's first verification in a fresh JVM.
 */
package dev.mlbom.benchmarks.startup;
