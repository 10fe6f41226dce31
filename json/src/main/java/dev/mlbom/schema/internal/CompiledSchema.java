package dev.mlbom.schema.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mlbom.schema.ValidationReport;
import dev.mlbom.schema.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A manifest JSON Schema loaded from this module's resources and compiled once, validating
 * Jackson trees. {@code ManifestSchema} is its public face; the codec and the Jackson bridge use it
 * directly so that a tree is validated without being converted. Immutable and thread-safe.
 */
public final class CompiledSchema {

    /** The {@code $id} of manifest schema version 1. */
    public static final String V1_ID = "https://mlbom.dev/schema/manifest/v1";

    private static final String V1_RESOURCE = "/dev/mlbom/schema/manifest-v1.schema.json";

    private final String id;
    private final JsonNode document;
    private final JsonSchema schema;

    private CompiledSchema(String id, JsonNode document, JsonSchema schema) {
        this.id = id;
        this.document = document;
        this.schema = schema;
    }

    /**
     * The schema of manifest version 1, loaded on first use.
     *
     * @return the shared instance
     */
    public static CompiledSchema v1() {
        return V1Holder.INSTANCE;
    }

    /**
     * The compiled schema of an {@code $id}.
     *
     * @param id a schema id, e.g. {@link #V1_ID}
     * @return the schema
     * @throws IllegalArgumentException when this module ships no such schema
     */
    public static CompiledSchema of(String id) {
        if (V1_ID.equals(id)) {
            return v1();
        }
        throw new IllegalArgumentException("no manifest schema with $id " + id);
    }

    /**
     * The schema's {@code $id}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The schema document. Shared: callers must not change it.
     *
     * @return the document
     */
    public JsonNode document() {
        return document;
    }

    /**
     * Validates a document.
     *
     * @param manifest the document; not modified
     * @return every violation, sorted by pointer
     */
    public ValidationReport validate(JsonNode manifest) {
        Objects.requireNonNull(manifest, "manifest");
        Set<ValidationMessage> messages = schema.validate(manifest);
        List<Violation> violations = new ArrayList<>(messages.size());
        for (ValidationMessage message : messages) {
            violations.add(Violations.of(message));
        }
        return new ValidationReport(violations);
    }

    /**
     * A validator factory that never fetches anything from the network.
     *
     * @return the factory
     */
    public static JsonSchemaFactory offlineFactory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.add(new OfflineSchemaLoader())));
    }

    private static CompiledSchema load(String id, String resource) {
        JsonNode document;
        try (InputStream in = CompiledSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + resource + " is missing from mlbom-json");
            }
            document = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the schema resource " + resource, e);
        }
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder()
                .pathType(PathType.JSON_POINTER)
                .locale(java.util.Locale.ROOT)
                .build();
        JsonSchema schema = offlineFactory().getSchema(document, config);
        schema.initializeValidators();
        return new CompiledSchema(id, document, schema);
    }

    /** Loads version 1 once, on first use (class initialization is thread-safe). */
    private static final class V1Holder {
        private static final CompiledSchema INSTANCE = load(V1_ID, V1_RESOURCE);
    }
}
