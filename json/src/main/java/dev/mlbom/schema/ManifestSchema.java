package dev.mlbom.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.mlbom.schema.internal.OfflineSchemaLoader;
import dev.mlbom.schema.internal.Violations;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

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
    public static final String V1_ID = "https://mlbom.dev/schema/manifest/v1";

    private static final String V1_RESOURCE = "manifest-v1.schema.json";

    private final String id;
    private final JsonNode document;
    private final JsonSchema schema;

    private ManifestSchema(String id, JsonNode document, JsonSchema schema) {
        this.id = id;
        this.document = document;
        this.schema = schema;
    }

    /**
     * The schema of manifest version 1 ({@value #V1_ID}).
     *
     * @return the shared, cached instance
     */
    public static ManifestSchema v1() {
        return V1Holder.INSTANCE;
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
     * @return a fresh copy the caller may change
     */
    public JsonNode document() {
        return document.deepCopy();
    }

    /**
     * Validates a document (a manifest's JSON tree) against the schema.
     *
     * @param manifest the document
     * @return every violation, sorted by pointer; valid when empty
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

    static JsonSchemaFactory offlineFactory() {
        return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
                builder -> builder.schemaLoaders(loaders -> loaders.add(new OfflineSchemaLoader())));
    }

    private static ManifestSchema load(String id, String resource) {
        JsonNode document;
        try (InputStream in = ManifestSchema.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("the schema resource " + resource + " is missing from mlbom-schema");
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
        return new ManifestSchema(id, document, schema);
    }

    /** Loads version 1 once, on first use (class initialization is thread-safe). */
    private static final class V1Holder {
        private static final ManifestSchema INSTANCE = load(V1_ID, V1_RESOURCE);
    }
}
