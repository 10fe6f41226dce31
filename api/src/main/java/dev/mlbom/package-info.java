/**
 * Entry points of the API: {@link dev.mlbom.Provenance#builder()} for training code, and the checked exceptions (each with a reason code) that mlbom throws for rejected input.
 */
package dev.mlbom;
