/**
 * Lineage graphs over manifests: ancestors, descendants, paths, models derived from a base or trained on a dataset, integrity checks, and rendering.
 */
package dev.mlbom.lineage;
