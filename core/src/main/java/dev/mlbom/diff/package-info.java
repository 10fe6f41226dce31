/**
 * Manifest diff: a semantic summary a person reads, then every added, removed and changed field
 * by JSON Pointer; and diff against the last good version.
 *
 * <p>{@link dev.mlbom.diff.ManifestDiff} matches arrays of named things by key, not position
 * (see {@link dev.mlbom.diff.FieldChange}); {@link dev.mlbom.diff.LastGood} takes a
 * {@link dev.mlbom.diff.VersionCheck}, so a verifier decides which earlier version is good.
 * <pre>{@code
 * ManifestDiff diff = ManifestDiff.of(previous, current);
 * System.out.print(DiffRenderer.text(diff));
 * }</pre>
 */
package dev.mlbom.diff;
