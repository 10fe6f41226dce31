/**
 * The Jackson bridge: the Jackson-typed operations mlbom's own modules need on their hot paths
 * (binding, canonicalizing, identifying and checking a Jackson tree without converting it), and
 * conversion between Jackson trees and {@link dev.mlbom.model.JsonValue}.
 *
 * <p><b>Not API.</b> Exported only to mlbom's core, envelope and provenance modules; it follows
 * Jackson's major version. Applications use the {@code JsonValue} forms in
 * {@code dev.mlbom.codec}, {@code dev.mlbom.canonical} and {@code dev.mlbom.schema}.
 */
package dev.mlbom.jackson;
