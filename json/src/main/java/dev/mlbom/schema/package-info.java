/**
 * The manifest JSON Schema (draft 2020-12) shipped as a resource, validation reports (JSON Pointer,
 * keyword, message per violation), and required-field profiles.
 *
 * <pre>{@code
 * ValidationReport report = ManifestSchema.v1().validate(tree);     // every violation, sorted
 * CompletenessReport gaps = Profiles.minimum().check(tree);         // present and missing fields
 * }</pre>
 */
package dev.mlbom.schema;
