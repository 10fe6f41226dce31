/**
 * Reading and writing manifests as JSON and YAML: strict, bounded parsing that names every problem
 * by JSON Pointer, and deterministic output.
 *
 * <pre>{@code
 * ManifestCodec codec = ManifestCodec.forPath(path);       // .json, .yaml or .yml
 * Manifest manifest = codec.read(path);                     // ManifestException lists every problem
 * codec.write(manifest, path);                              // atomic
 * JsonValue tree = ManifestCodec.json().toTree(manifest);   // immutable JSON form, for the canonicalizer, schema, DSSE
 * }</pre>
 *
 * <p>{@link dev.mlbom.codec.ManifestCodec} is the entry point; {@link dev.mlbom.codec.ReadLimits}
 * bounds what it reads; {@link dev.mlbom.codec.ManifestFormat} names the formats.
 */
package dev.mlbom.codec;
