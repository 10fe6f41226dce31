/**
 * Artifact hashing: one file or a whole model directory into an ordered artifact list, per file or
 * in parallel shards, with progress and cancellation.
 *
 * <p>Start at {@link dev.mlbom.hash.ArtifactHasher}: {@code ArtifactHasher.builder()...build()}
 * then {@code hashDirectory(modelDir)}. {@link dev.mlbom.hash.IgnoreRules} says which files are not
 * artifacts, {@link dev.mlbom.hash.HashProgressListener} reports progress,
 * {@link dev.mlbom.hash.CancellationToken} stops a running call, and every rejected input or read
 * failure is a {@link dev.mlbom.hash.HashingException} with a reason code.
 */
package dev.mlbom.hash;
