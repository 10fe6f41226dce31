/**
 * Internals of lineage graphs (indexes, layout). Not API: may change in any release.
 */
package dev.mlbom.lineage.internal;
