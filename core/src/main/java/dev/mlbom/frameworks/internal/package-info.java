/**
 * Internals of framework coverage (catalog and mapping loading, rendering helpers). Not API: may change in any release.
 */
package dev.mlbom.frameworks.internal;
