package dev.mlbom.schema;

import com.networknt.schema.JsonSchemaFactory;
import dev.mlbom.schema.internal.JsonTrees;
import dev.mlbom.model.JsonValue;
import dev.mlbom.schema.internal.CompiledSchema;
import java.util.Objects;

/**
 * The JSON Schema (draft 2020-12) of a manifest version, shipped as a resource of this module,
 * and validation of documents against it.
 *
 * <pre>{@code
 * ValidationReport report = ManifestSchema.v1().validate(tree);
 * if (!report.isValid()) {
 *     report.violations().forEach(v -> System.err.println(v));
 * }
 * }</pre>
 *
 * <p>The schema is loaded once, on first use, and never fetches anything from the network: the
 * 2020-12 meta-schema comes from the validator library's bundled copy, and any other remote
 * reference is refused. Instances are immutable and thread-safe.
 */
public final class ManifestSchema {

    /** The {@code $id} of manifest schema version 1. */
    public static final String V1_ID = CompiledSchema.V1_ID;

    private static final ManifestSchema V1 = new ManifestSchema(V1_ID);

    private final String id;

    private ManifestSchema(String id) {
        this.id = id;
    }

    /**
     * The schema of manifest version 1 ({@value #V1_ID}).
     *
     * @return the shared instance; the schema itself is loaded and compiled once, on first use
     */
    public static ManifestSchema v1() {
        return V1;
    }

    /**
     * The schema's {@code $id}.
     *
     * @return e.g. {@value #V1_ID}
     */
    public String id() {
        return id;
    }

    /**
     * The schema document itself.
     *
     * @return the document as an immutable JSON value, members in document order
     */
    public JsonValue document() {
        return JsonTrees.value(compiled().document());
    }

    /**
     * Validates a document (a manifest's JSON form, e.g. {@code ManifestCodec.toTree}) against the schema.
     *
     * @param manifest the document
     * @return every violation, sorted by pointer; valid when empty
     */
    public ValidationReport validate(JsonValue manifest) {
        return compiled().validate(JsonTrees.node(Objects.requireNonNull(manifest, "manifest")));
    }

    private CompiledSchema compiled() {
        return CompiledSchema.of(id);
    }

    static JsonSchemaFactory offlineFactory() {
        return CompiledSchema.offlineFactory();
    }
}
