/**
 * Reading and writing manifests as JSON and YAML: strict, bounded parsing that names every problem by JSON Pointer, and deterministic output.
 */
package dev.mlbom.codec;
