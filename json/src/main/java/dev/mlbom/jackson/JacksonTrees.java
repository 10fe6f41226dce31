package dev.mlbom.jackson;

import com.fasterxml.jackson.databind.JsonNode;
import dev.mlbom.canonical.CanonicalizationException;
import dev.mlbom.canonical.Canonicalizer;
import dev.mlbom.canonical.internal.TreeWriter;
import dev.mlbom.codec.ManifestCodec;
import dev.mlbom.codec.internal.Bindings;
import dev.mlbom.codec.internal.TreeBinder;
import dev.mlbom.codec.internal.Values;
import dev.mlbom.model.JsonValue;
import dev.mlbom.model.Manifest;
import dev.mlbom.model.ManifestException;
import dev.mlbom.model.ManifestId;
import dev.mlbom.schema.CompletenessReport;
import dev.mlbom.schema.ManifestSchema;
import dev.mlbom.schema.RequiredField;
import dev.mlbom.schema.RequiredFieldProfile;
import dev.mlbom.schema.ValidationReport;
import dev.mlbom.schema.internal.CompiledSchema;
import dev.mlbom.schema.internal.FieldPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The Jackson-typed forms of the json module's operations, for mlbom's own modules: each does what
 * its public {@code JsonValue} counterpart does, on a Jackson tree, without converting it. Trees
 * passed in are never modified. Stateless and thread-safe.
 */
public final class JacksonTrees {

    private static final Canonicalizer STRICT = Canonicalizer.strict();

    private JacksonTrees() {
    }

    /**
     * A Jackson tree as a JSON value, object members in order, numbers as the nearest double.
     *
     * @param node the tree
     * @return the value
     * @throws IllegalArgumentException when a number is not finite as a double or a node is not JSON
     */
    public static JsonValue toValue(JsonNode node) {
        return Values.value(Objects.requireNonNull(node, "node"));
    }

    /**
     * A JSON value as a new Jackson tree, object members in order, integral numbers as integers.
     *
     * @param value the value
     * @return a new, mutable tree
     */
    public static JsonNode toNode(JsonValue value) {
        return Values.node(Objects.requireNonNull(value, "value"));
    }

    /**
     * As {@link ManifestCodec#toTree(Manifest)}, as a Jackson tree.
     *
     * @param manifest the manifest
     * @return a new, mutable tree the caller owns
     */
    public static JsonNode toTree(Manifest manifest) {
        return Bindings.current().toTree(Objects.requireNonNull(manifest, "manifest"));
    }

    /**
     * As {@link ManifestCodec#fromTree(JsonValue)}, with the codec's schema-validation mode.
     *
     * @param codec the codec whose mode applies
     * @param tree the document
     * @return the manifest
     * @throws ManifestException INVALID or UNSUPPORTED_VERSION, listing every problem
     */
    public static Manifest fromTree(ManifestCodec codec, JsonNode tree) throws ManifestException {
        return TreeBinder.bind(tree, codec.validatesSchemaAlways());
    }

    /**
     * As {@link Canonicalizer#canonicalize(JsonValue)}, for a Jackson tree: numbers of every node
     * kind are converted to the nearest double; a value that is not finite is rejected with
     * {@code NUMBER_OUT_OF_RANGE}; binary, POJO and missing nodes with {@code INVALID_JSON}.
     *
     * @param canonicalizer whose limits apply
     * @param tree the tree
     * @return the canonical UTF-8 bytes
     * @throws CanonicalizationException if the tree is rejected
     */
    public static byte[] canonicalize(Canonicalizer canonicalizer, JsonNode tree) throws CanonicalizationException {
        return TreeWriter.canonicalize(tree, canonicalizer.maxDepth(), canonicalizer.maxBytes());
    }

    /**
     * As {@code ManifestIdentity.canonicalBytes}, for a Jackson tree.
     *
     * @param tree the manifest as JSON
     * @return RFC 8785 bytes
     * @throws IllegalArgumentException when the tree cannot be canonicalized
     */
    public static byte[] canonicalBytes(JsonNode tree) {
        try {
            return canonicalize(STRICT, tree);
        } catch (CanonicalizationException e) {
            throw new IllegalArgumentException("the manifest cannot be canonicalized: " + e.getMessage(), e);
        }
    }

    /**
     * As {@code ManifestIdentity.ofTree}, for a Jackson tree.
     *
     * @param tree the manifest as JSON
     * @return its id
     * @throws IllegalArgumentException when the tree cannot be canonicalized
     */
    public static ManifestId manifestId(JsonNode tree) {
        return new ManifestId(Canonicalizer.sha256Id(canonicalBytes(tree)));
    }

    /**
     * As {@link RequiredFieldProfile#check(JsonValue)}, for a Jackson tree.
     *
     * @param profile the profile
     * @param manifest the manifest as JSON
     * @return the fields present and missing
     */
    public static CompletenessReport check(RequiredFieldProfile profile, JsonNode manifest) {
        Objects.requireNonNull(manifest, "manifest");
        List<RequiredField> present = new ArrayList<>();
        List<RequiredField> missing = new ArrayList<>();
        for (RequiredField field : profile.fields()) {
            (FieldPath.parse(field.path()).isPresentIn(manifest) ? present : missing).add(field);
        }
        return new CompletenessReport(profile.name(), present, missing);
    }

    /**
     * As {@link ManifestSchema#validate(JsonValue)}, for a Jackson tree.
     *
     * @param schema the schema
     * @param manifest the document
     * @return every violation, sorted by pointer
     */
    public static ValidationReport validate(ManifestSchema schema, JsonNode manifest) {
        return CompiledSchema.of(schema.id()).validate(manifest);
    }
}
