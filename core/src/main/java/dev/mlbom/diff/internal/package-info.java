/**
 * Internals of the manifest diff. Not API: may change in any release.
 */
package dev.mlbom.diff.internal;
