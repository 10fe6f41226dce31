/**
 * Reading provenance documents without judging them: tell a manifest (JSON or YAML) from a signed
 * envelope by content ({@link dev.mlbom.document.ProvenanceDocuments#read(java.nio.file.Path)}),
 * read the manifest inside an envelope <em>without verifying it</em>
 * ({@link dev.mlbom.document.ProvenanceDocuments#readManifestUnverified}), and feed envelopes to a
 * lineage graph ({@link dev.mlbom.document.LineageSources}).
 *
 * <p>This package sits beside {@code dev.mlbom.verify} rather than inside it on purpose: nothing
 * here checks a signature, a key or a policy, and nothing here may be mistaken for that. Tools
 * that display or compare records (inspect, diff, coverage, lineage drawings, a build plugin's
 * report) use it; anything that decides whether to load a model uses
 * {@link dev.mlbom.verify.Verifier}.
 *
 * <p>Every byte is read with the codec's strict, guarded reader (size, depth and string limits;
 * YAML anchors, aliases, tags and extra documents refused) before anything else looks at it.
 */
package dev.mlbom.document;
