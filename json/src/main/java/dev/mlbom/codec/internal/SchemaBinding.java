package dev.mlbom.codec.internal;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.mlbom.model.Manifest;

/**
 * The JSON form of one manifest schema version, bound to the one model. A new schema version is a
 * new implementation registered in {@link Bindings}; nothing else branches on versions.
 * Implementations are stateless and thread-safe.
 */
public interface SchemaBinding {

    /**
     * The schema URI this binding reads and writes (the top-level {@code schema} member).
     *
     * @return e.g. {@code https://mlbom.dev/schema/manifest/v1}
     */
    String schemaUri();

    /**
     * The JSON Schema of this version. {@link #fromTree} enforces every rule of it (a document it
     * binds without problems is valid against it); the codec runs the schema validator only to add
     * its violations to the report of a document binding rejected, or when asked to always.
     *
     * @return the schema
     */
    dev.mlbom.schema.ManifestSchema schema();

    /**
     * Writes a manifest as a tree, {@code schema} first, members in record order.
     *
     * @param manifest the manifest
     * @return a fresh tree
     */
    ObjectNode toTree(Manifest manifest);

    /**
     * Binds a tree whose {@code schema} member is {@link #schemaUri()}, checking every rule of
     * {@link #schema()} and of the model's records.
     *
     * @param root the document
     * @param problems where every problem goes, with its pointer
     * @return the manifest, or null when any problem was found
     */
    Manifest fromTree(ObjectNode root, Problems problems);
}
