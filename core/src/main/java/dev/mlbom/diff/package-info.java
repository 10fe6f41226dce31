/**
 * Manifest diff: a semantic summary a person reads, then every added, removed and changed field by JSON Pointer; and diff against the last good version.
 */
package dev.mlbom.diff;
